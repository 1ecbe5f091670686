//! Embeds every message file under `locales/<language>/*.ftl`: a new language is a new folder of
//! message files and nothing else.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut languages: Vec<(String, Vec<String>)> = Vec::new();
    let Ok(entries) = std::fs::read_dir(&root) else {
        panic!("no locales folder at {}", root.display());
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if !path.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let code = entry.file_name().to_string_lossy().into_owned();
        let mut files: Vec<String> = std::fs::read_dir(&path)
            .into_iter()
            .flatten()
            .flatten()
            .map(|f| f.path())
            .filter(|f| f.extension().is_some_and(|e| e == "ftl"))
            .map(|f| f.display().to_string())
            .collect();
        files.sort();
        for file in &files {
            println!("cargo:rerun-if-changed={file}");
        }
        languages.push((code, files));
    }
    languages.sort();
    let mut out = String::from(
        "/// Every language's message files (code, [(file name, text)]), sorted by code.\n\
         pub(crate) static EMBEDDED: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for (code, files) in &languages {
        let _ = write!(out, "    ({code:?}, &[");
        for file in files {
            let name = Path::new(file)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let _ = write!(out, "({name:?}, include_str!({file:?})), ");
        }
        out.push_str("]),\n");
    }
    out.push_str("];\n");
    let Ok(dir) = std::env::var("OUT_DIR") else {
        panic!("cargo sets OUT_DIR");
    };
    if let Err(e) = std::fs::write(Path::new(&dir).join("embedded.rs"), out) {
        panic!("cannot write embedded.rs: {e}");
    }
}
