//! `book_support::listing_on_paused_clock!` compiles a listing's `src/main.rs` inside a test,
//! with this attribute standing in for `#[tokio::main]`.

use proc_macro::TokenStream;

/// Leaves the function as it is written: `#[tokio::main] async fn main()` stays an `async fn`,
/// which a test can then await on its own runtime (tokio's paused clock), instead of becoming a
/// `fn main` that builds a runtime of its own. The attribute's arguments (`flavor = …`) are
/// dropped with it: the test's runtime decides.
#[proc_macro_attribute]
pub fn keep_async_main(_arguments: TokenStream, function: TokenStream) -> TokenStream {
    function
}
