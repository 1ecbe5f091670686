#!/usr/bin/env bash
# Installs the cross-built Windows installer under Wine (64-bit), uses the installed seatplan.exe
# from the command line, and uninstalls it again; CI runs it after build-installer.sh:
#   apt-get install wine64                 # once (Debian 12: Wine 8)
#   packaging/windows/build-installer.sh
#   packaging/windows/wine-check.sh
# Checks: the silent install puts seatplan.exe, uninstall.exe and a Start menu entry in place and
# registers the .seatplan association and the Apps entry; the installed program creates a plan,
# imports a guest list (read in a child seatplan.exe, as on Windows), prints a PDF, writes the
# seating workbook, undoes an action and checks the file; the silent uninstall removes the program
# and its registry keys and leaves the plans alone.
# Wine 8 lacks bcryptprimitives.dll, which Rust's std needs and Windows 10+ has: a stand-in
# (wine-stub/bcryptprimitives.c) is put beside the installed exe for this check only.
# Not covered: the window itself (run `wine64 seatplan.exe` under Xvfb to look at it by hand).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
setup=$root/target/windows/seatplan-$version-setup.exe
[[ -f $setup ]] || { echo "wine-check: $setup is missing; run build-installer.sh first" >&2; exit 1; }
wine=$(command -v wine64 || command -v wine || echo /usr/lib/wine/wine64)
[[ -x $wine ]] || { echo "wine-check: Wine is not installed (apt-get install wine64)" >&2; exit 1; }
wineserver=$(command -v wineserver || command -v wineserver64 || echo /usr/lib/wine/wineserver64)

work=$(mktemp -d)
trap 'WINEPREFIX=$work/prefix "$wineserver" -k 2>/dev/null || true; rm -rf "$work"' EXIT
export WINEPREFIX=$work/prefix WINEDEBUG=-all WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=;mshtml="
# Wine turns Unix arguments and file names into Windows (UTF-16) ones with the locale's charset: in
# the bare C locale "Übersicht" would arrive as "Cbersicht".
export LC_ALL=C.UTF-8
# The checks below read English output; German is checked once, by SEATPLAN_LANG.
export SEATPLAN_LANG=en
fail() { echo "wine-check: $*" >&2; exit 1; }
# Runs the installed program; its output (CRLF from the Windows console → LF) is in $out.
seatplan() { out=$("$wine" "$exe" "$@" 2>&1 | tr -d '\r') || fail "seatplan $* failed: $out"; }
expect() { [[ $out == *"$1"* ]] || fail "expected “$1” in: $out"; }

echo "wine-check: installing $(basename "$setup") silently"
"$wine" "$setup" /S
"$wineserver" -w
programs=$(find "$WINEPREFIX/drive_c/users" -maxdepth 4 -type d -path "*/AppData/Local/Programs" | head -1)
installed=$programs/seatplan
for f in seatplan.exe uninstall.exe README.md LICENSE-LiberationSans.txt; do
  [[ -f $installed/$f ]] || fail "the installer did not install $f"
done
find "$WINEPREFIX/drive_c/users" -name seatplan.lnk | grep -q "Start Menu" || fail "no Start menu entry"
grep -q '^\[Software\\\\Classes\\\\.seatplan\]' "$WINEPREFIX/user.reg" || fail "no .seatplan association"
grep -q 'seatplan.exe\\" \\"%1\\""' "$WINEPREFIX/user.reg" || fail "the association does not open seatplan.exe"
grep -q 'Uninstall\\\\seatplan\]' "$WINEPREFIX/user.reg" || fail "no entry in Settings -> Apps"

x86_64-w64-mingw32-gcc -shared -O2 -o "$installed/bcryptprimitives.dll" \
  packaging/windows/wine-stub/bcryptprimitives.c
exe=$installed/seatplan.exe
cd "$work"
# Names with umlauts and spaces, as a German organiser's files have (UTF-16 paths on Windows).
cp "$root/tests/fixtures/sheets/guests-messy.xlsx" "Gäste 2026.xlsx"
seatplan --version; [[ $out == "seatplan $version" ]] || fail "--version printed: $out"
seatplan demo demo.seatplan; expect "demo.seatplan"
seatplan show demo.seatplan; expect "1,500 guests"
SEATPLAN_LANG=de seatplan show demo.seatplan; expect "1.500 Gäste"
seatplan new "Übersicht Feier.seatplan"
seatplan import-guests "Übersicht Feier.seatplan" "Gäste 2026.xlsx"; expect "Imported guests from Gäste 2026.xlsx"
seatplan print demo.seatplan by-table list.pdf; expect "Wrote list.pdf"
[[ $(head -c 5 list.pdf) == "%PDF-" ]] || fail "list.pdf is not a PDF"
seatplan export-seating demo.seatplan seating.xlsx; expect "Wrote seating.xlsx"
seatplan undo "Übersicht Feier.seatplan" 1 --yes; expect "Done: undo of batch 1"
seatplan check "Übersicht Feier.seatplan"
# Output cut short by the reader (`| head`) is not an error on Windows either.
"$wine" "$exe" history demo.seatplan | head -1 >/dev/null
echo "wine-check: the installed seatplan.exe ran demo, show (English, German), import-guests, print, export-seating, undo, check"

rm "$installed/bcryptprimitives.dll"
"$wine" "$installed/uninstall.exe" /S
"$wineserver" -w
[[ ! -e $installed/seatplan.exe ]] || fail "the uninstaller left seatplan.exe behind"
! grep -q 'Classes\\\\seatplan.plan' "$WINEPREFIX/user.reg" || fail "the uninstaller left the association"
! grep -q 'Uninstall\\\\seatplan\]' "$WINEPREFIX/user.reg" || fail "the uninstaller left the Apps entry"
[[ -f demo.seatplan && -f "Übersicht Feier.seatplan" ]] || fail "the uninstaller touched the plans"
echo "wine-check: installed, ran and uninstalled cleanly"
