//! Windows only: embeds the icon and version information in `seatplan.exe`. Elsewhere it does
//! nothing. Uses the resource compiler of the target toolchain — `x86_64-w64-mingw32-windres`
//! (or `$WINDRES`) for `*-windows-gnu`, `rc.exe` for `*-windows-msvc`; without one the build
//! goes on without an icon and says so.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=packaging/windows/seatplan.ico");
    println!("cargo:rerun-if-env-changed=WINDRES");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    if let Err(message) = embed_resources() {
        println!("cargo:warning=seatplan.exe is built without its icon: {message}");
    }
}

fn embed_resources() -> Result<(), String> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
    let out = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| e.to_string())?);
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let numbers: Vec<u16> = version
        .split(['.', '-'])
        .take(3)
        .map(|n| n.parse().unwrap_or(0))
        .collect();
    let (major, minor, patch) = (
        numbers.first().copied().unwrap_or(0),
        numbers.get(1).copied().unwrap_or(0),
        numbers.get(2).copied().unwrap_or(0),
    );
    let icon = manifest.join("packaging/windows/seatplan.ico");
    let rc = format!(
        r#"1 ICON "{icon}"
1 VERSIONINFO
FILEVERSION {major},{minor},{patch},0
PRODUCTVERSION {major},{minor},{patch},0
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "CompanyName", "seatplan developers"
      VALUE "FileDescription", "seatplan seating planner"
      VALUE "FileVersion", "{version}"
      VALUE "ProductName", "seatplan"
      VALUE "ProductVersion", "{version}"
      VALUE "OriginalFilename", "seatplan.exe"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
"#,
        icon = icon.display().to_string().replace('\\', "/"),
    );
    let rc_path = out.join("seatplan.rc");
    std::fs::write(&rc_path, rc).map_err(|e| e.to_string())?;
    let msvc = std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("msvc");
    let (program, object) = if msvc {
        ("rc.exe".to_owned(), out.join("seatplan.res"))
    } else {
        let windres = std::env::var("WINDRES").unwrap_or_else(|_| {
            let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
            if cfg!(windows) {
                "windres".to_owned()
            } else {
                format!("{arch}-w64-mingw32-windres")
            }
        });
        (windres, out.join("seatplan-res.o"))
    };
    let mut command = Command::new(&program);
    if msvc {
        command.arg("/nologo").arg("/fo").arg(&object).arg(&rc_path);
    } else {
        command
            .arg("--input")
            .arg(&rc_path)
            .arg("--output-format=coff")
            .arg("--output")
            .arg(&object);
    }
    let status = command
        .status()
        .map_err(|e| format!("could not run {program}: {e}"))?;
    if !status.success() {
        return Err(format!("{program} failed ({status})"));
    }
    println!("cargo:rustc-link-arg-bins={}", object.display());
    Ok(())
}
