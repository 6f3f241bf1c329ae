//! Every way a vault operation fails, each with a message that says what to do.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum VaultError {
    Io { path: PathBuf, action: &'static str, source: std::io::Error },
    /// Bad arguments: nothing to save, too many regions, a chunk size that is not whole blocks.
    Usage(String),
    DiskTooSmall { disk: PathBuf, has: u64, needs: u64 },
    /// Neither slot holds an image.
    NoImage { disk: PathBuf },
    /// A slot holds something that is neither blank nor a readable image header of this version.
    DamagedSlot { slot: usize, problem: String, intact: Option<u64> },
    NoSuchImage { sequence: u64, present: Vec<u64> },
    /// The image's save never finished: no (valid) commit record.
    Incomplete { sequence: u64, problem: String, intact: Option<u64> },
    /// The disk ends before the image does.
    Truncated { sequence: u64, disk_bytes: u64, image_ends: u64, intact: Option<u64> },
    BadChunk { sequence: u64, index: u64, problem: String, intact: Option<u64> },
    /// The regions given do not match the image's.
    WrongRegions(String),
    /// The save was stopped (by its caller) before its commit record: the image stays incomplete.
    Interrupted { sequence: u64, chunks_written: u64, chunks: u64 },
    /// `verify`: the memory differs from the image.
    Mismatch { region: String, offset: u64 },
}

impl VaultError {
    pub fn io(path: &Path, action: &'static str, source: std::io::Error) -> VaultError {
        VaultError::Io { path: path.to_owned(), action, source }
    }
}

fn hint(intact: &Option<u64>) -> String {
    match intact {
        Some(sequence) => format!("; image {sequence} is committed: restore it with --sequence {sequence}"),
        None => "; no other committed image is on the disk".into(),
    }
}

impl fmt::Display for VaultError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use VaultError::*;
        match self {
            Io { path, action, source } => write!(f, "cannot {action} {}: {source}", path.display()),
            Usage(message) => f.write_str(message),
            DiskTooSmall { disk, has, needs } => write!(
                f,
                "vault disk {} is too small: {has} bytes, this image needs {needs} (two slots of image size)",
                disk.display()
            ),
            NoImage { disk } => write!(f, "no vault image on {} (both slots blank)", disk.display()),
            DamagedSlot { slot, problem, intact } => write!(
                f,
                "refusing to restore: slot {slot} holds {problem}, so it may hide a newer image{}",
                hint(intact)
            ),
            NoSuchImage { sequence, present } => write!(f, "no image {sequence} on the disk (present: {present:?})"),
            Incomplete { sequence, problem, intact } => write!(
                f,
                "refusing to restore image {sequence}: incomplete, {problem} (the save was interrupted){}",
                hint(intact)
            ),
            Truncated { sequence, disk_bytes, image_ends, intact } => write!(
                f,
                "refusing to restore image {sequence}: truncated, the disk ends at byte {disk_bytes} but the image at {image_ends}{}",
                hint(intact)
            ),
            BadChunk { sequence, index, problem, intact } => {
                write!(f, "refusing to restore image {sequence}: chunk {index} {problem}{}", hint(intact))
            }
            WrongRegions(message) => f.write_str(message),
            Interrupted { sequence, chunks_written, chunks } => write!(
                f,
                "save of image {sequence} stopped after {chunks_written} of {chunks} chunks: it stays incomplete, the previous image untouched"
            ),
            Mismatch { region, offset } => write!(f, "verify failed: {region} differs from the image at byte {offset}"),
        }
    }
}

impl std::error::Error for VaultError {}
