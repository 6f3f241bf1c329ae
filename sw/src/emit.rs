//! `nicctl emit`: the Verilog and port manifests of every top.

use crate::out_dir::check_output_directory;
use nic_hdl::toolchain::write_designs;
use std::path::{Path, PathBuf};

/// Writes the named tops (every top when `tops` is empty) into `out`; returns the files written.
pub fn write(out: &Path, tops: &[String]) -> Result<Vec<PathBuf>, String> {
    check_output_directory(out)?;
    let designs = nic_hdl::tops::selected(tops).map_err(|e| e.to_string())?;
    write_designs(&designs, out).map_err(|e| format!("writing to {}: {e}", out.display()))
}

pub fn run(out: &Path, tops: &[String]) -> Result<(), String> {
    for file in write(out, tops)? {
        println!("{}", file.display());
    }
    Ok(())
}
