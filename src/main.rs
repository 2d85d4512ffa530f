//! Mounts the calculator into the page's static shell.

#[cfg(target_arch = "wasm32")]
fn main() {
    retention_calculator::ui::crash::show_panel_on_panic();
    retention_calculator::ui::mount::mount_into_shell();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: run `make serve` and open http://127.0.0.1:8080");
}
