#!/usr/bin/env bash
# Cross-builds seatplan.exe for 64-bit Windows and its installer, on Debian/Ubuntu:
#   apt-get install gcc-mingw-w64-x86-64 nsis      # once
#   rustup target add x86_64-pc-windows-gnu        # once
#   packaging/windows/build-installer.sh           # -> target/windows/seatplan-<version>-setup.exe
# The same .nsi works with NSIS on Windows after `cargo build --release` there.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=x86_64-pc-windows-gnu
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
cargo build --release --locked --target "$target"
mkdir -p target/windows
x86_64-w64-mingw32-strip -o target/windows/seatplan.exe "target/$target/release/seatplan.exe"
(cd packaging/windows && makensis -V2 -DVERSION="$version" \
  -DEXE="$PWD/../../target/windows/seatplan.exe" \
  -DOUTFILE="$PWD/../../target/windows/seatplan-$version-setup.exe" seatplan.nsi)
ls -l "target/windows/seatplan-$version-setup.exe"
