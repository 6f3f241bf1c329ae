//! Saving memory regions into the vault (what the BIOS does after a power loss).

use super::format::{data_hash, ChunkHeader, ChunksDigest, Commit, Header, Region, MAX_REGIONS, MAX_REGION_NAME, MIN_CHUNK};
use super::io::{pipeline, round_up, AlignedBuf, Disk, BLOCK};
use super::regions::Sources;
use super::slots::{half_of, scan, SlotState, SLOT_ALIGN};
use super::VaultError;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub struct SaveOptions {
    /// Bytes per chunk on disk, its 4 KiB header included (whole blocks): the unit of checksums
    /// and of disk writes.
    pub chunk_bytes: u64,
}

impl Default for SaveOptions {
    fn default() -> Self {
        // 4 MiB aligned writes reach a disk's sequential speed; 4 buffers in flight cost 16 MiB.
        SaveOptions { chunk_bytes: 4 << 20 }
    }
}

#[derive(Debug, serde::Serialize)]
pub struct SaveReport {
    pub disk: PathBuf,
    pub slot: usize,
    pub sequence: u64,
    pub regions: usize,
    pub payload_bytes: u64,
    pub image_bytes: u64,
    pub chunks: u64,
    pub direct_io: bool,
    pub seconds: f64,
    pub megabytes_per_second: f64,
}

const BUFFERS_IN_FLIGHT: usize = 4;

/// Saves `regions` (files or block devices) as a new image on `disk`; `progress(done, total)` is
/// called after each chunk is written and stops the save by returning false (the image is then
/// left incomplete, as a power cut would leave it). The previous committed image is never
/// overwritten.
pub fn save(regions: &[PathBuf], disk: &Path, options: &SaveOptions, progress: &mut dyn FnMut(u64, u64) -> bool) -> Result<SaveReport, VaultError> {
    let chunk_bytes = options.chunk_bytes;
    if chunk_bytes < MIN_CHUNK || chunk_bytes % BLOCK as u64 != 0 {
        return Err(VaultError::Usage(format!("chunk size {chunk_bytes}: give a multiple of {BLOCK} bytes, at least {MIN_CHUNK}")));
    }
    if regions.is_empty() || regions.len() > MAX_REGIONS {
        return Err(VaultError::Usage(format!("give 1 to {MAX_REGIONS} memory regions to save, not {}", regions.len())));
    }
    let mut sources = Sources::open(regions)?;
    let mut image_regions = Vec::new();
    for (path, bytes) in regions.iter().zip(sources.sizes()) {
        // Stored absolute, so a restore run from another directory finds the same memory.
        let path = std::fs::canonicalize(path).map_err(|e| VaultError::io(path, "resolve", e))?;
        let name = path.to_str().ok_or_else(|| VaultError::Usage(format!("region path {} is not UTF-8", path.display())))?;
        if name.len() > MAX_REGION_NAME || bytes == 0 {
            return Err(VaultError::Usage(format!("region {name}: empty, or a path longer than {MAX_REGION_NAME} bytes")));
        }
        image_regions.push(Region { name: name.to_owned(), bytes });
    }

    let disk = Disk::open(disk, true)?;
    let slots = scan(&disk)?;
    // Write over the slot that does not hold the newest committed image.
    let newest_committed = slots.iter().filter_map(|s| s.committed().map(|q| (q, s.index))).max();
    let target = match newest_committed {
        Some((_, index)) => &slots[1 - index],
        None => &slots[0],
    };
    let sequence = 1 + slots.iter().filter_map(|s| s.sequence()).max().unwrap_or(0);
    let slot_bytes = match &slots[0].state {
        SlotState::Image { header, .. } => header.slot_bytes,
        _ => half_of(disk.len),
    };
    let saved_unix_seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let header = Header { sequence, slot_bytes, chunk_bytes, saved_unix_seconds, regions: image_regions };
    if header.image_bytes() > slot_bytes || 2 * slot_bytes > disk.len {
        return Err(VaultError::DiskTooSmall { disk: disk.path.clone(), has: disk.len, needs: 2 * header.image_bytes() });
    }

    let started = Instant::now();
    let base = target.offset;
    let (header_block, header_seal) = header.encode();
    let mut block = AlignedBuf::zeroed(BLOCK);
    block.copy_from_slice(&header_block);
    // The header reaches the disk first: a save that dies from here on leaves an image visibly
    // without a commit record, rather than an older header over newer chunks.
    disk.write_at(&block, base)?;
    disk.sync()?;

    let count = header.chunk_count();
    let mut digest = ChunksDigest::default();
    let produce = |index: u64, buf: &mut AlignedBuf| {
        let data_bytes = header.chunk_data_bytes(index);
        let padded = round_up(data_bytes) as usize;
        let data = &mut buf[BLOCK..BLOCK + padded];
        sources.read_exact(&mut data[..data_bytes as usize])?;
        data[data_bytes as usize..].fill(0);
        let data_hash = data_hash(&data[..data_bytes as usize]);
        ChunkHeader { sequence, index, data_bytes, data_hash }.encode_into(&mut buf[..BLOCK]);
        Ok((data_hash, BLOCK + padded))
    };
    let consume = |index: u64, buf: &AlignedBuf, (data_hash, length): (u64, usize)| {
        disk.write_at(&buf[..length], base + header.chunk_offset(index))?;
        digest.add(data_hash);
        match progress(index + 1, count) {
            true => Ok(()),
            false => Err(VaultError::Interrupted { sequence, chunks_written: index + 1, chunks: count }),
        }
    };
    pipeline(chunk_bytes as usize, BUFFERS_IN_FLIGHT, count, produce, consume)?;
    disk.sync()?;

    // The commit record goes last, after every chunk is on the medium.
    let commit = Commit { sequence, chunk_count: count, payload_bytes: header.payload_bytes(), header_seal, chunks_digest: digest.value() };
    block.copy_from_slice(&commit.encode());
    disk.write_at(&block, base + header.commit_offset())?;
    disk.sync()?;

    let seconds = started.elapsed().as_secs_f64();
    Ok(SaveReport {
        disk: disk.path.clone(),
        slot: target.index,
        sequence,
        regions: header.regions.len(),
        payload_bytes: header.payload_bytes(),
        image_bytes: header.image_bytes(),
        chunks: count,
        direct_io: disk.direct,
        seconds,
        megabytes_per_second: header.payload_bytes() as f64 / 1e6 / seconds,
    })
}

/// Prepares a vault disk: a regular file is created or resized to `bytes`; both slots' first
/// blocks are zeroed, so the disk holds no image (a block device keeps its size).
pub fn format_disk(path: &Path, bytes: Option<u64>) -> Result<u64, VaultError> {
    let is_block_device = std::fs::metadata(path).map(|m| std::os::unix::fs::FileTypeExt::is_block_device(&m.file_type())).unwrap_or(false);
    if !is_block_device {
        let bytes = bytes.ok_or_else(|| VaultError::Usage("a file vault disk needs --size".into()))?;
        let file = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(path).map_err(|e| VaultError::io(path, "create", e))?;
        file.set_len(bytes).map_err(|e| VaultError::io(path, "resize", e))?;
        // Every block allocated now: a save at power loss must never find the filesystem full.
        let status = unsafe { libc::posix_fallocate(std::os::fd::AsRawFd::as_raw_fd(&file), 0, bytes as libc::off_t) };
        if status != 0 {
            return Err(VaultError::io(path, "allocate", std::io::Error::from_raw_os_error(status)));
        }
    }
    let disk = Disk::open(path, true)?;
    if half_of(disk.len) == 0 {
        return Err(VaultError::DiskTooSmall { disk: disk.path.clone(), has: disk.len, needs: 2 * SLOT_ALIGN });
    }
    let blank = AlignedBuf::zeroed(BLOCK);
    disk.write_at(&blank, 0)?;
    disk.write_at(&blank, half_of(disk.len))?;
    disk.sync()?;
    Ok(disk.len)
}
