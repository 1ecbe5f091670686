#!/usr/bin/env bash
# Builds target/appimage/seatplan.AppDir and, with appimagetool on PATH
# (https://github.com/AppImage/appimagetool/releases), seatplan-<version>-x86_64.AppImage.
#   packaging/appimage/build-appimage.sh
# Build on the oldest distribution you want to support (glibc is taken from the build machine).
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
cargo build --release --locked
appdir=target/appimage/seatplan.AppDir
rm -rf "$appdir"
mkdir -p "$appdir/usr/bin" "$appdir/usr/share/applications" "$appdir/usr/share/mime/packages"
install -m 755 target/release/seatplan "$appdir/usr/bin/seatplan"
install -m 644 packaging/seatplan.desktop "$appdir/usr/share/applications/seatplan.desktop"
install -m 644 packaging/seatplan-mime.xml "$appdir/usr/share/mime/packages/seatplan.xml"
install -D -m 644 assets/fonts/LICENSE-LiberationSans.txt "$appdir/usr/share/doc/seatplan/LICENSE-LiberationSans.txt"
for size in 16 32 48 64 128 256 512; do
  dir="$appdir/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  install -m 644 "packaging/icons/hicolor/${size}x${size}/apps/seatplan.png" "$dir/"
done
# The AppDir root: desktop file, icon and the entry point.
cp packaging/seatplan.desktop "$appdir/seatplan.desktop"
cp packaging/icons/hicolor/256x256/apps/seatplan.png "$appdir/seatplan.png"
ln -s usr/bin/seatplan "$appdir/AppRun"
echo "built $appdir"
if command -v appimagetool >/dev/null; then
  ARCH=x86_64 appimagetool "$appdir" "target/appimage/seatplan-$version-x86_64.AppImage"
else
  echo "appimagetool is not installed: the AppDir is ready, the .AppImage was not made"
fi
