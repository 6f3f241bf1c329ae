//! Disk access for the vault: block-aligned buffers and direct I/O where the filesystem allows it,
//! so a save streams at the disk's sequential write speed instead of filling the page cache.

use super::VaultError;
use std::alloc::{self, Layout};
use std::fs::{File, OpenOptions};
use std::io::{Seek, SeekFrom};
use std::ops::{Deref, DerefMut};
use std::os::unix::fs::{FileExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::ptr::NonNull;

/// Every vault record, write offset and write length is a multiple of this (the largest logical
/// block size of common disks, and the alignment O_DIRECT asks for).
pub const BLOCK: usize = 4096;

pub fn round_up(bytes: u64) -> u64 {
    bytes.div_ceil(BLOCK as u64) * BLOCK as u64
}

/// A zeroed heap buffer aligned to `BLOCK`, as direct I/O requires.
pub struct AlignedBuf {
    ptr: NonNull<u8>,
    len: usize,
}

// The buffer owns its allocation exclusively, like a Vec<u8>.
unsafe impl Send for AlignedBuf {}

impl AlignedBuf {
    pub fn zeroed(len: usize) -> AlignedBuf {
        assert!(len > 0 && len % BLOCK == 0, "aligned buffers are whole blocks");
        let layout = Layout::from_size_align(len, BLOCK).expect("valid layout");
        // SAFETY: the layout has a non-zero size.
        let ptr = NonNull::new(unsafe { alloc::alloc_zeroed(layout) }).unwrap_or_else(|| alloc::handle_alloc_error(layout));
        AlignedBuf { ptr, len }
    }
}

impl Deref for AlignedBuf {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        // SAFETY: ptr points to len initialised bytes owned by self.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl DerefMut for AlignedBuf {
    fn deref_mut(&mut self) -> &mut [u8] {
        // SAFETY: as above, and &mut self makes the access exclusive.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl Drop for AlignedBuf {
    fn drop(&mut self) {
        // SAFETY: allocated in `zeroed` with this exact layout.
        unsafe { alloc::dealloc(self.ptr.as_ptr(), Layout::from_size_align_unchecked(self.len, BLOCK)) }
    }
}

/// A file or block device opened for block-aligned positional I/O.
pub struct Disk {
    file: File,
    pub path: PathBuf,
    /// Bytes the device or file holds (a block device reports 0 in its metadata, so this seeks).
    pub len: u64,
    /// Whether O_DIRECT was accepted (tmpfs and some filesystems refuse it: buffered I/O then).
    pub direct: bool,
}

impl Disk {
    pub fn open(path: &Path, write: bool) -> Result<Disk, VaultError> {
        let open = |flags: i32| OpenOptions::new().read(true).write(write).custom_flags(flags).open(path);
        let (mut file, direct) = match open(libc::O_DIRECT) {
            Ok(file) => (file, true),
            Err(e) if e.raw_os_error() == Some(libc::EINVAL) => (open(0).map_err(|e| VaultError::io(path, "open", e))?, false),
            Err(e) => return Err(VaultError::io(path, "open", e)),
        };
        let len = file.seek(SeekFrom::End(0)).map_err(|e| VaultError::io(path, "find the size of", e))?;
        Ok(Disk { file, path: path.to_owned(), len, direct })
    }

    /// Fills `buf` from `offset`; returns how many bytes the disk had (fewer only at its end).
    pub fn read_at(&self, buf: &mut [u8], offset: u64) -> Result<usize, VaultError> {
        let mut done = 0;
        while done < buf.len() {
            match self.file.read_at(&mut buf[done..], offset + done as u64) {
                Ok(0) => break,
                Ok(n) => done += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(VaultError::io(&self.path, "read", e)),
            }
        }
        Ok(done)
    }

    pub fn write_at(&self, buf: &[u8], offset: u64) -> Result<(), VaultError> {
        self.file.write_all_at(buf, offset).map_err(|e| VaultError::io(&self.path, "write", e))
    }

    /// Waits until everything written is on the medium (the device's cache flushed too).
    pub fn sync(&self) -> Result<(), VaultError> {
        self.file.sync_data().map_err(|e| VaultError::io(&self.path, "flush", e))
    }
}

/// Runs `produce` on a second thread and `consume` on this one, passing `depth` reusable buffers
/// of `buffer_bytes` between them: reading chunk i+1 overlaps writing chunk i. Stops at the first
/// error of either side and returns it.
pub fn pipeline<T: Send>(
    buffer_bytes: usize,
    depth: usize,
    count: u64,
    mut produce: impl FnMut(u64, &mut AlignedBuf) -> Result<T, VaultError> + Send,
    mut consume: impl FnMut(u64, &AlignedBuf, T) -> Result<(), VaultError>,
) -> Result<(), VaultError> {
    use std::sync::mpsc::sync_channel;
    let (free_tx, free_rx) = sync_channel::<AlignedBuf>(depth);
    let (full_tx, full_rx) = sync_channel::<(u64, AlignedBuf, T)>(depth);
    for _ in 0..depth {
        free_tx.send(AlignedBuf::zeroed(buffer_bytes)).expect("the pool has room for every buffer");
    }
    std::thread::scope(|scope| {
        let producer = scope.spawn(move || {
            for index in 0..count {
                let Ok(mut buf) = free_rx.recv() else { return Ok(()) };
                let meta = produce(index, &mut buf)?;
                if full_tx.send((index, buf, meta)).is_err() {
                    return Ok(()); // the consumer stopped; its error is the one to report
                }
            }
            Ok(())
        });
        let mut consumed = Ok(());
        for (index, buf, meta) in full_rx.iter() {
            consumed = consume(index, &buf, meta);
            if consumed.is_err() {
                break;
            }
            // Fails only once the producer is done with every index: the buffer is then dropped.
            let _ = free_tx.send(buf);
        }
        // Unblock a producer waiting for a free buffer or waiting to hand one over.
        drop(free_tx);
        drop(full_rx);
        let produced = producer.join().expect("the producer thread does not panic");
        consumed.and(produced)
    })
}
