use book_support::{assert_book_output, run};

#[test]
fn prints_what_the_book_shows() {
    let live = run(env!("CARGO_BIN_EXE_exercise-17-03"), &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}
