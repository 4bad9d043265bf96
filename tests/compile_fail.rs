//! Listings the book shows *failing* to compile (```` ```rust,compile_fail ````): each must still
//! fail, with the same errors at the same places as the compiler output the book shows
//! (its `output.txt`). Headline and location lines are compared exactly; the explanatory text
//! around them is what the compiler printed when `output.txt` was last written by a real run
//! (`BLESS=1 cargo test --test compile_fail`), and may be worded differently by other compilers.

use std::path::Path;

use book_support::book::{self, root};
use book_support::{bless, book_output, run_unchecked};

#[test]
fn compile_fail_listings_fail_as_the_book_shows() {
    let root = root();
    let listings: Vec<_> = book::listing_dirs(&root)
        .into_iter()
        .filter(|listing| book::is_compile_fail_listing(&root, listing))
        .collect();
    assert!(!listings.is_empty(), "no compile-fail listing found");
    for listing in listings {
        let dir = root.join(&listing).canonicalize().unwrap();
        let live = compiler_output(&dir);
        let manifest_dir = dir.to_str().unwrap();
        if bless(manifest_dir, &live) {
            continue;
        }
        pretty_assertions::assert_eq!(
            key_lines(&book_output(manifest_dir)),
            key_lines(&live),
            "{} no longer fails to compile as its output.txt (left) shows; the compiler now \
             says (right):\n{live}",
            listing.display()
        );
    }
}

/// What the compiler prints for the listing's `src/main.rs`, paths shown relative to the crate
/// as `cargo build` shows them.
fn compiler_output(dir: &Path) -> String {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let crate_name = dir.file_name().unwrap().to_str().unwrap().replace('-', "_");
    let metadata = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{crate_name}.rmeta"));
    let remap = format!("--remap-path-prefix={}/=", dir.display());
    let main = dir.join("src/main.rs");
    let mut args = vec![
        "--edition=2024",
        "--crate-type=bin",
        "--crate-name",
        &crate_name,
        "--color=never",
        "--emit=metadata",
        "-o",
        metadata.to_str().unwrap(),
        &remap,
        main.to_str().unwrap(),
    ];
    // A listing that uses a crate (tokio) compiles against the build of it beside this test.
    let deps = std::env::current_exe()
        .unwrap()
        .parent()
        .unwrap()
        .to_owned();
    let search = format!("dependency={}", deps.display());
    let externs = externs(dir, &deps);
    if !externs.is_empty() {
        args.extend(["-L", &search]);
    }
    for extern_crate in &externs {
        args.extend(["--extern", extern_crate]);
    }
    let output = run_unchecked(&rustc, &args);
    assert!(
        !output.status.success(),
        "{} compiles, but the book shows it failing to compile",
        dir.display()
    );
    // rustc ends some messages with a blank line, which the book's block would show.
    format!("{}\n", output.stderr.trim_end())
}

/// `name=path` for each crate in the `[dependencies]` of the listing's `Cargo.toml`, for rustc's
/// `--extern`: the library that cargo built for this test in `deps`, beside the test binary
/// (the root package depends on every crate a listing uses), the newest if there are several.
fn externs(dir: &Path, deps: &Path) -> Vec<String> {
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    let names = manifest
        .lines()
        .map(str::trim)
        .skip_while(|line| *line != "[dependencies]")
        .skip(1)
        .take_while(|line| !line.starts_with('['))
        .filter_map(|line| Some(line.split_once('=')?.0.trim().to_owned()));
    names
        .map(|name| {
            let prefix = format!("lib{}-", name.replace('-', "_"));
            let newest = std::fs::read_dir(deps)
                .unwrap()
                .flatten()
                .filter(|file| {
                    let file_name = file.file_name().to_string_lossy().into_owned();
                    file_name.starts_with(&prefix) && file_name.ends_with(".rlib")
                })
                .max_by_key(|file| file.metadata().and_then(|m| m.modified()).ok())
                .unwrap_or_else(|| panic!("no lib{name} built in {}", deps.display()));
            format!("{name}={}", newest.path().display())
        })
        .collect()
}

/// The lines that say which errors occur where: `error[E…]: …` headlines and `--> file:line:col`
/// in the listing (not locations inside the standard library or a dependency, which name the
/// compiler build or the crate's version and where it was downloaded to).
fn key_lines(diagnostics: &str) -> Vec<&str> {
    diagnostics
        .lines()
        .filter(|line| {
            let line = line.trim_start();
            let headline = line.starts_with("error") || line.starts_with("warning");
            let location = line.starts_with("--> src/");
            headline || location
        })
        .collect()
}
