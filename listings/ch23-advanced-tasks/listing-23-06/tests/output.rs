use book_support::{assert_invariants, run};

/// Any run: the three futures start in argument order, the two songs end (in either order:
/// they are equally long), and the results come in argument order, the error in its place.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 6, "{output}");
    assert_eq!(
        lines[..3],
        ["Start playing A", "Start playing B", "calling api....."],
        "{output}"
    );
    let mut ends = lines[3..5].to_vec();
    ends.sort();
    assert_eq!(
        ends,
        ["Finished playing A", "Finished playing B"],
        "{output}"
    );
    assert_eq!(lines[5], r#"("A", "B", Err(ApiError("Error calling")))"#);
}

/// Any run keeps every result: the live run, and the one the book shows.
#[test]
fn keeps_every_result() {
    let live = run(env!("CARGO_BIN_EXE_listing-23-06"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
}
