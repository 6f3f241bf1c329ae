//! The memory regions as one byte stream: read in order when saving or verifying, written in
//! order when restoring. Each region is a file or a block device.

use super::VaultError;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

struct Region {
    file: File,
    path: PathBuf,
    bytes: u64,
}

/// Regions in order with a cursor: each call continues where the last one stopped.
pub struct Regions {
    regions: Vec<Region>,
    current: usize,
    /// Bytes already read or written in the current region.
    offset: u64,
}

fn size_of(file: &mut File, path: &Path) -> Result<u64, VaultError> {
    let bytes = file.seek(SeekFrom::End(0)).map_err(|e| VaultError::io(path, "find the size of", e))?;
    file.seek(SeekFrom::Start(0)).map_err(|e| VaultError::io(path, "seek in", e))?;
    Ok(bytes)
}

/// Regions to read (save, verify).
pub type Sources = Regions;

impl Regions {
    pub fn open(paths: &[PathBuf]) -> Result<Regions, VaultError> {
        let mut regions = Vec::new();
        for path in paths {
            let mut file = File::open(path).map_err(|e| VaultError::io(path, "open", e))?;
            let bytes = size_of(&mut file, path)?;
            regions.push(Region { file, path: path.clone(), bytes });
        }
        Ok(Regions { regions, current: 0, offset: 0 })
    }

    /// Regions to restore into, each of the size the image says. Memory is never created by a
    /// restore: a missing region, or one of another size, is refused before anything is written.
    pub fn existing(targets: &[(PathBuf, u64)]) -> Result<Regions, VaultError> {
        let mut regions = Vec::new();
        for (path, bytes) in targets {
            let mut file = match OpenOptions::new().read(true).write(true).open(path) {
                Ok(file) => file,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    return Err(VaultError::WrongRegions(format!(
                        "{} does not exist: a restore never creates memory regions (give the region with --region)",
                        path.display()
                    )))
                }
                Err(e) => return Err(VaultError::io(path, "open", e)),
            };
            let has = size_of(&mut file, path)?;
            if has != *bytes {
                return Err(VaultError::WrongRegions(format!(
                    "{} has {has} bytes but the image's region has {bytes}: refusing to restore into it",
                    path.display()
                )));
            }
            regions.push(Region { file, path: path.clone(), bytes: *bytes });
        }
        Ok(Regions { regions, current: 0, offset: 0 })
    }

    pub fn sizes(&self) -> Vec<u64> {
        self.regions.iter().map(|r| r.bytes).collect()
    }

    /// Calls `act(region, bytes)` on consecutive pieces of the stream that together are `len` bytes.
    fn walk(&mut self, len: usize, mut act: impl FnMut(&mut Region, u64, std::ops::Range<usize>) -> Result<(), VaultError>) -> Result<(), VaultError> {
        let mut done = 0;
        while done < len {
            let region = self.regions.get_mut(self.current).ok_or_else(|| VaultError::Usage("the regions end before the image".into()))?;
            let piece = (region.bytes - self.offset).min((len - done) as u64) as usize;
            act(region, self.offset, done..done + piece)?;
            done += piece;
            self.offset += piece as u64;
            if self.offset == region.bytes {
                self.current += 1;
                self.offset = 0;
            }
        }
        Ok(())
    }

    pub fn read_exact(&mut self, buf: &mut [u8]) -> Result<(), VaultError> {
        self.walk(buf.len(), |region, _, range| {
            region.file.read_exact(&mut buf[range]).map_err(|e| VaultError::io(&region.path, "read", e))
        })
    }

    pub fn write_all(&mut self, data: &[u8]) -> Result<(), VaultError> {
        self.walk(data.len(), |region, _, range| region.file.write_all(&data[range]).map_err(|e| VaultError::io(&region.path, "write", e)))
    }

    /// Reads the next `expected.len()` bytes and reports the first region offset that differs.
    pub fn compare(&mut self, expected: &[u8], scratch: &mut Vec<u8>) -> Result<(), VaultError> {
        self.walk(expected.len(), |region, offset, range| {
            scratch.resize(range.len(), 0);
            region.file.read_exact(scratch).map_err(|e| VaultError::io(&region.path, "read", e))?;
            match scratch.iter().zip(&expected[range]).position(|(a, b)| a != b) {
                None => Ok(()),
                Some(at) => Err(VaultError::Mismatch { region: region.path.display().to_string(), offset: offset + at as u64 }),
            }
        })
    }

    /// Flushes every region written to its medium.
    pub fn sync(&self) -> Result<(), VaultError> {
        self.regions.iter().try_for_each(|r| r.file.sync_all().map_err(|e| VaultError::io(&r.path, "flush", e)))
    }
}
