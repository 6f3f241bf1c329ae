//! `--out DIR` of the commands that write many files: a directory, or nothing yet; a file there
//! is refused by name, before any work, and left as it was.

use std::path::Path;

pub fn check_output_directory(out: &Path) -> Result<(), String> {
    if out.exists() && !out.is_dir() {
        return Err(format!("--out {} exists and is not a directory", out.display()));
    }
    Ok(())
}
