; seatplan installer for Windows (NSIS 3). Built on Linux or Windows by build-installer.sh:
;   makensis -DVERSION=0.1.0 -DEXE=path/to/seatplan.exe -DOUTFILE=seatplan-0.1.0-setup.exe seatplan.nsi
; Installs for the current user (no administrator rights needed) into
; %LOCALAPPDATA%\Programs\seatplan, adds a Start menu entry, opens .seatplan files with seatplan,
; and registers an uninstaller in Settings -> Apps. The plans themselves are never touched.

; A 64-bit installer for a 64-bit program: it runs where seatplan runs, says so plainly where it
; cannot, and runs under a 64-bit-only Wine (the CI check, wine-check.sh).
Target amd64-unicode
!include "MUI2.nsh"

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef EXE
  !error "pass -DEXE=path/to/seatplan.exe"
!endif
!ifndef OUTFILE
  !define OUTFILE "seatplan-${VERSION}-setup.exe"
!endif

Name "seatplan ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\seatplan"
InstallDirRegKey HKCU "Software\seatplan" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma

!define MUI_ICON "seatplan.ico"
!define MUI_UNICON "seatplan.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\seatplan.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\seatplan"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "seatplan"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "seatplan installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "seatplan developers"
VIAddVersionKey /LANG=${LANG_GERMAN} "ProductName" "seatplan"
VIAddVersionKey /LANG=${LANG_GERMAN} "FileDescription" "seatplan-Installationsprogramm"
VIAddVersionKey /LANG=${LANG_GERMAN} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_GERMAN} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_GERMAN} "LegalCopyright" "seatplan-Entwickler"

; Words the installer writes itself (the pages come from MUI in the Windows language).
LangString PLAN_TYPE ${LANG_ENGLISH} "seatplan plan"
LangString PLAN_TYPE ${LANG_GERMAN} "seatplan-Plan"
LangString PUBLISHER ${LANG_ENGLISH} "seatplan developers"
LangString PUBLISHER ${LANG_GERMAN} "seatplan-Entwickler"

Section "seatplan"
  SetOutPath "$INSTDIR"
  File "/oname=seatplan.exe" "${EXE}"
  File "/oname=README.md" "..\..\README.md"
  File "/oname=LICENSE-LiberationSans.txt" "..\..\assets\fonts\LICENSE-LiberationSans.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\seatplan" "InstallDir" "$INSTDIR"

  CreateShortcut "$SMPROGRAMS\seatplan.lnk" "$INSTDIR\seatplan.exe"

  ; .seatplan files open in seatplan.
  WriteRegStr HKCU "Software\Classes\.seatplan" "" "seatplan.plan"
  WriteRegStr HKCU "Software\Classes\seatplan.plan" "" "$(PLAN_TYPE)"
  WriteRegStr HKCU "Software\Classes\seatplan.plan\DefaultIcon" "" "$INSTDIR\seatplan.exe,0"
  WriteRegStr HKCU "Software\Classes\seatplan.plan\shell\open\command" "" '"$INSTDIR\seatplan.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "seatplan"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "$(PUBLISHER)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\seatplan.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$INSTDIR\seatplan.exe"
  Delete "$INSTDIR\README.md"
  Delete "$INSTDIR\LICENSE-LiberationSans.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\seatplan.lnk"
  DeleteRegKey HKCU "Software\Classes\seatplan.plan"
  ; Only remove the extension if it still points at us.
  ReadRegStr $0 HKCU "Software\Classes\.seatplan" ""
  StrCmp $0 "seatplan.plan" 0 +2
    DeleteRegKey HKCU "Software\Classes\.seatplan"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\seatplan"
SectionEnd
