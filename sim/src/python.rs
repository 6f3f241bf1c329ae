//! The outside oracles written in Python (scapy): the project's interpreter, and hex frames.

use std::path::PathBuf;

/// The project's virtual environment (scripts/setup.sh installs scapy there), or `NIC_PYTHON`.
pub fn python() -> PathBuf {
    if let Ok(p) = std::env::var("NIC_PYTHON") {
        return p.into();
    }
    let venv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../.venv/bin/python");
    assert!(venv.exists(), "{} is missing: run scripts/setup.sh (it installs scapy there)", venv.display());
    venv
}

/// Bytes from hex digits (whitespace ignored).
pub fn hex_bytes(text: &str) -> Vec<u8> {
    let digits: String = text.split_whitespace().collect();
    (0..digits.len()).step_by(2).map(|i| u8::from_str_radix(&digits[i..i + 2], 16).expect("hex digits")).collect()
}

/// Hex digits of `bytes` (for failure messages and scripts).
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
