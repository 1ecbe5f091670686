#!/usr/bin/env bash
# Builds seatplan.app and seatplan-<version>.dmg on macOS (Xcode command line tools + Rust):
#   packaging/macos/build-app.sh            # -> target/macos/seatplan.app, target/macos/seatplan-<version>.dmg
# With BINARY=path it bundles an already built binary instead (the bundle layout can be made on
# any OS; the .dmg needs macOS's hdiutil). For a universal binary build both
# aarch64-apple-darwin and x86_64-apple-darwin and join them with `lipo -create`.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
if [[ -z ${BINARY:-} ]]; then
  cargo build --release --locked
  BINARY=target/release/seatplan
fi
app=target/macos/seatplan.app
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp "$BINARY" "$app/Contents/MacOS/seatplan"
cp packaging/macos/seatplan.icns "$app/Contents/Resources/"
cp assets/fonts/LICENSE-LiberationSans.txt "$app/Contents/Resources/"
sed "s/@VERSION@/$version/g" packaging/macos/Info.plist.in > "$app/Contents/Info.plist"
echo "built $app"
if command -v hdiutil >/dev/null; then
  codesign --force --deep --sign - "$app"   # ad-hoc signature; use a Developer ID to notarise
  hdiutil create -volname seatplan -srcfolder "$app" -ov -format UDZO "target/macos/seatplan-$version.dmg"
fi
