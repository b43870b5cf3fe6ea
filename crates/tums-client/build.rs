//! Embeds the documented example answers the simulator serves
//! (`fixtures/tums/<module>/<lastPathSegment>.response.json`, inside this package) at
//! compile time, so the `simulator` feature works from a published crate.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("fixtures").join("tums");
    println!("cargo:rerun-if-changed=fixtures/tums");
    let mut entries: Vec<(String, String)> = Vec::new();
    if std::env::var_os("CARGO_FEATURE_SIMULATOR").is_some() {
        let mut modules: Vec<_> = std::fs::read_dir(&root)
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        modules.sort();
        for module in modules.iter().filter(|p| p.is_dir()) {
            println!("cargo:rerun-if-changed={}", module.display());
            let mut files: Vec<_> = std::fs::read_dir(module)
                .map(|d| d.flatten().map(|e| e.path()).collect())
                .unwrap_or_default();
            files.sort();
            for file in files {
                let name = file.file_name().unwrap_or_default().to_string_lossy();
                if let Some(stem) = name.strip_suffix(".response.json") {
                    // The first module (sorted) holding a segment wins, as before.
                    if !entries.iter().any(|(s, _)| s == stem) {
                        entries.push((stem.to_owned(), file.display().to_string()));
                    }
                }
            }
        }
    }
    entries.sort();
    let mut out = String::from(
        "/// The documented example answers, by the path's last segment, embedded at\n\
         /// compile time.\n\
         pub(crate) static FIXTURES: &[(&str, &str)] = &[\n",
    );
    for (stem, path) in &entries {
        let _ = writeln!(out, "    ({stem:?}, include_str!({path:?})),");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("fixtures.rs");
    std::fs::write(dest, out).expect("write fixtures.rs");
}
