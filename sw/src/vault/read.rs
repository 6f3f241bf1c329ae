//! Reading images back: listing the slots, restoring an image into memory, verifying memory
//! against an image. Nothing is written before the whole image has checked out.

use super::format::{ChunkHeader, ChunksDigest, Commit, Header, data_hash};
use super::io::{pipeline, round_up, Disk, BLOCK};
use super::regions::Regions;
use super::slots::{scan, CommitProblem, Slot, SlotState};
use super::VaultError;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(Debug, Serialize)]
pub struct ImageSummary {
    pub slot: usize,
    /// "blank", "committed", "incomplete: …" or "damaged: …".
    pub state: String,
    pub sequence: Option<u64>,
    pub regions: Vec<(String, u64)>,
    pub payload_bytes: u64,
    pub saved_unix_seconds: Option<u64>,
}

#[derive(Debug, Serialize)]
pub struct RestoreReport {
    pub sequence: u64,
    pub regions: Vec<(String, u64)>,
    pub payload_bytes: u64,
    pub direct_io: bool,
    pub seconds: f64,
    /// Payload bytes over the whole restore: the check pass and the write pass.
    pub megabytes_per_second: f64,
}

#[derive(Debug, Serialize)]
pub struct VerifyReport {
    pub sequence: u64,
    pub regions: Vec<(String, u64)>,
    pub payload_bytes: u64,
    pub seconds: f64,
}

const BUFFERS_IN_FLIGHT: usize = 4;

/// What each slot of `disk` holds (commit records checked, chunks not).
pub fn inspect(disk: &Path) -> Result<Vec<ImageSummary>, VaultError> {
    let disk = Disk::open(disk, false)?;
    Ok(scan(&disk)?
        .iter()
        .map(|slot| {
            let (state, header) = match &slot.state {
                SlotState::Blank => ("blank".to_owned(), None),
                SlotState::Damaged(problem) => (format!("damaged: {problem}"), None),
                SlotState::Image { header, commit: Ok(_), .. } => ("committed".to_owned(), Some(header)),
                SlotState::Image { header, commit: Err(problem), .. } => (format!("incomplete: {}", describe(problem)), Some(header)),
            };
            ImageSummary {
                slot: slot.index,
                state,
                sequence: header.map(|h| h.sequence),
                regions: header.map(regions_of).unwrap_or_default(),
                payload_bytes: header.map_or(0, Header::payload_bytes),
                saved_unix_seconds: header.map(|h| h.saved_unix_seconds),
            }
        })
        .collect())
}

fn describe(problem: &CommitProblem) -> String {
    match problem {
        CommitProblem::Truncated { disk_bytes, image_ends } => format!("the disk ends at byte {disk_bytes}, the image at {image_ends}"),
        CommitProblem::Missing(what) => what.clone(),
    }
}

fn regions_of(header: &Header) -> Vec<(String, u64)> {
    header.regions.iter().map(|r| (r.name.clone(), r.bytes)).collect()
}

/// The image to read: `sequence`, or the newest one. Refused unless committed; by default also
/// refused when the other slot is damaged (it could have held a newer image).
fn select<'a>(disk: &Disk, slots: &'a [Slot; 2], sequence: Option<u64>) -> Result<(&'a Slot, &'a Header, &'a Commit, Option<u64>), VaultError> {
    let chosen = match sequence {
        Some(wanted) => slots.iter().find(|s| s.sequence() == Some(wanted)).ok_or_else(|| VaultError::NoSuchImage {
            sequence: wanted,
            present: slots.iter().filter_map(Slot::sequence).collect(),
        })?,
        None => match slots.iter().filter(|s| s.sequence().is_some()).max_by_key(|s| s.sequence()) {
            Some(newest) => newest,
            None => return Err(damaged(slots).unwrap_or_else(|| VaultError::NoImage { disk: disk.path.clone() })),
        },
    };
    let intact = slots[1 - chosen.index].committed();
    let SlotState::Image { header, commit, .. } = &chosen.state else { unreachable!("chosen by its sequence") };
    match commit {
        // The newest readable image checks out, but a damaged slot could have held a newer one.
        Ok(_) if sequence.is_none() && damaged(slots).is_some() => Err(damaged(slots).unwrap()),
        Ok(commit) => Ok((chosen, header, commit, intact)),
        Err(CommitProblem::Truncated { disk_bytes, image_ends }) => {
            Err(VaultError::Truncated { sequence: header.sequence, disk_bytes: *disk_bytes, image_ends: *image_ends, intact })
        }
        Err(CommitProblem::Missing(problem)) => Err(VaultError::Incomplete { sequence: header.sequence, problem: problem.clone(), intact }),
    }
}

fn damaged(slots: &[Slot; 2]) -> Option<VaultError> {
    slots.iter().find_map(|slot| match &slot.state {
        SlotState::Damaged(problem) => {
            Some(VaultError::DamagedSlot { slot: slot.index, problem: problem.clone(), intact: slots[1 - slot.index].committed() })
        }
        _ => None,
    })
}

/// Reads every chunk of the image in order, checks it against its header, the image and the
/// commit record, and hands its data to `each`.
fn read_chunks(
    disk: &Disk,
    slot: &Slot,
    header: &Header,
    commit: &Commit,
    intact: Option<u64>,
    mut each: impl FnMut(&[u8]) -> Result<(), VaultError>,
) -> Result<(), VaultError> {
    let sequence = header.sequence;
    let bad = |index: u64, problem: String| VaultError::BadChunk { sequence, index, problem, intact };
    let mut digest = ChunksDigest::default();
    let produce = |index: u64, buf: &mut super::io::AlignedBuf| {
        let length = BLOCK + round_up(header.chunk_data_bytes(index)) as usize;
        let at = slot.offset + header.chunk_offset(index);
        if disk.read_at(&mut buf[..length], at)? < length {
            return Err(VaultError::Truncated { sequence, disk_bytes: disk.len, image_ends: slot.offset + header.image_bytes(), intact });
        }
        Ok(())
    };
    let consume = |index: u64, buf: &super::io::AlignedBuf, ()| {
        let chunk = ChunkHeader::decode(&buf[..BLOCK]).map_err(|_| bad(index, "has a damaged chunk header".into()))?;
        let expected_bytes = header.chunk_data_bytes(index);
        if chunk.sequence != sequence {
            return Err(bad(index, format!("belongs to image {}", chunk.sequence)));
        }
        if chunk.index != index || chunk.data_bytes != expected_bytes {
            return Err(bad(index, format!("is out of place (says chunk {} of {} bytes)", chunk.index, chunk.data_bytes)));
        }
        let data = &buf[BLOCK..BLOCK + expected_bytes as usize];
        if data_hash(data) != chunk.data_hash {
            return Err(bad(index, "fails its checksum (data damaged)".into()));
        }
        digest.add(chunk.data_hash);
        each(data)
    };
    pipeline(header.chunk_bytes as usize, BUFFERS_IN_FLIGHT, header.chunk_count(), produce, consume)?;
    if digest.value() != commit.chunks_digest {
        return Err(VaultError::Incomplete { sequence, problem: "its chunks differ from those its commit record names".into(), intact });
    }
    Ok(())
}

/// Region paths to use: those given, else those the image was saved from.
fn targets(header: &Header, given: &[PathBuf]) -> Result<Vec<(PathBuf, u64)>, VaultError> {
    if !given.is_empty() && given.len() != header.regions.len() {
        let listed: Vec<String> = header.regions.iter().map(|r| format!("{} ({} bytes)", r.name, r.bytes)).collect();
        return Err(VaultError::WrongRegions(format!(
            "image {} has {} regions ({}); {} given",
            header.sequence,
            header.regions.len(),
            listed.join(", "),
            given.len()
        )));
    }
    Ok(header
        .regions
        .iter()
        .enumerate()
        .map(|(i, r)| (given.get(i).cloned().unwrap_or_else(|| PathBuf::from(&r.name)), r.bytes))
        .collect())
}

fn open_image(disk: &Path) -> Result<(Disk, [Slot; 2]), VaultError> {
    let disk = Disk::open(disk, false)?;
    let slots = scan(&disk)?;
    Ok((disk, slots))
}

/// Restores image `sequence` (default: the newest) into `regions` (default: where it was saved
/// from), after checking all of it: a torn or damaged image is refused and nothing is written.
pub fn restore(disk: &Path, sequence: Option<u64>, regions: &[PathBuf]) -> Result<RestoreReport, VaultError> {
    let started = Instant::now();
    let (disk, slots) = open_image(disk)?;
    let (slot, header, commit, intact) = select(&disk, &slots, sequence)?;
    let targets = targets(header, regions)?;
    let mut memory = Regions::existing(&targets)?;
    read_chunks(&disk, slot, header, commit, intact, |_| Ok(()))?;
    read_chunks(&disk, slot, header, commit, intact, |data| memory.write_all(data))?;
    memory.sync()?;
    let seconds = started.elapsed().as_secs_f64();
    Ok(RestoreReport {
        sequence: header.sequence,
        regions: targets.iter().map(|(p, b)| (p.display().to_string(), *b)).collect(),
        payload_bytes: header.payload_bytes(),
        direct_io: disk.direct,
        seconds,
        megabytes_per_second: header.payload_bytes() as f64 / 1e6 / seconds,
    })
}

/// Checks image `sequence` (default: the newest) completely and compares it byte by byte with
/// `regions` (default: where it was saved from).
pub fn verify(disk: &Path, sequence: Option<u64>, regions: &[PathBuf]) -> Result<VerifyReport, VaultError> {
    let started = Instant::now();
    let (disk, slots) = open_image(disk)?;
    let (slot, header, commit, intact) = select(&disk, &slots, sequence)?;
    let targets = targets(header, regions)?;
    let paths: Vec<PathBuf> = targets.iter().map(|(p, _)| p.clone()).collect();
    let mut memory = Regions::open(&paths)?;
    for ((path, bytes), has) in targets.iter().zip(memory.sizes()) {
        if has != *bytes {
            return Err(VaultError::WrongRegions(format!("{} has {has} bytes, the image's region {bytes}", path.display())));
        }
    }
    let mut scratch = Vec::new();
    read_chunks(&disk, slot, header, commit, intact, |data| memory.compare(data, &mut scratch))?;
    Ok(VerifyReport {
        sequence: header.sequence,
        regions: targets.iter().map(|(p, b)| (p.display().to_string(), *b)).collect(),
        payload_bytes: header.payload_bytes(),
        seconds: started.elapsed().as_secs_f64(),
    })
}
