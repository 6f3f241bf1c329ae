//! The two image slots of a vault disk and what each holds.

use super::format::{BlockProblem, Commit, Header};
use super::io::{AlignedBuf, Disk, BLOCK};
use super::VaultError;

pub enum SlotState {
    /// Never written (all zero): a formatted disk's unused slot.
    Blank,
    /// Neither blank nor a readable image header of this version.
    Damaged(String),
    Image { header: Header, commit: Result<Commit, CommitProblem> },
}

pub enum CommitProblem {
    /// The disk ends before the commit record.
    Truncated { disk_bytes: u64, image_ends: u64 },
    /// No commit record of this image where it belongs.
    Missing(String),
}

pub struct Slot {
    pub index: usize,
    /// Byte offset of the slot on the disk.
    pub offset: u64,
    pub state: SlotState,
}

impl Slot {
    pub fn sequence(&self) -> Option<u64> {
        match &self.state {
            SlotState::Image { header, .. } => Some(header.sequence),
            _ => None,
        }
    }

    pub fn committed(&self) -> Option<u64> {
        match &self.state {
            SlotState::Image { header, commit: Ok(_), .. } => Some(header.sequence),
            _ => None,
        }
    }
}

fn read_block(disk: &Disk, offset: u64) -> Result<Option<AlignedBuf>, VaultError> {
    let mut block = AlignedBuf::zeroed(BLOCK);
    Ok((disk.read_at(&mut block, offset)? == BLOCK).then_some(block))
}

fn describe(problem: BlockProblem) -> String {
    match problem {
        BlockProblem::Blank | BlockProblem::NotThisRecord => "data that is not a vault image".into(),
        BlockProblem::BadSeal => "an image header that fails its checksum".into(),
        BlockProblem::Version(v) => format!("a version {v} image (this nicctl reads version {})", super::VERSION),
        BlockProblem::Inconsistent(what) => format!("an image header whose {what} is inconsistent"),
    }
}

fn commit_of(disk: &Disk, slot_offset: u64, header: &Header, header_seal: u64) -> Result<Result<Commit, CommitProblem>, VaultError> {
    let at = slot_offset + header.commit_offset();
    let Some(block) = read_block(disk, at)? else {
        return Ok(Err(CommitProblem::Truncated { disk_bytes: disk.len, image_ends: at + BLOCK as u64 }));
    };
    Ok(match Commit::decode(&block) {
        Ok(commit) if commit.sequence != header.sequence => {
            Err(CommitProblem::Missing(format!("no commit record (the one in its place belongs to image {})", commit.sequence)))
        }
        Ok(commit) if commit.header_seal != header_seal || commit.chunk_count != header.chunk_count() || commit.payload_bytes != header.payload_bytes() => {
            Err(CommitProblem::Missing("its commit record does not match its header".into()))
        }
        Ok(commit) => Ok(commit),
        Err(BlockProblem::BadSeal) => Err(CommitProblem::Missing("its commit record fails its checksum".into())),
        Err(_) => Err(CommitProblem::Missing("no commit record".into())),
    })
}

fn read_slot(disk: &Disk, index: usize, offset: u64) -> Result<Slot, VaultError> {
    let state = match read_block(disk, offset)? {
        None if index == 1 && offset + BLOCK as u64 > disk.len => SlotState::Damaged("nothing: the disk ends before it".into()),
        None => SlotState::Blank,
        Some(block) => match Header::decode(&block) {
            Ok((header, header_seal)) => {
                let commit = commit_of(disk, offset, &header, header_seal)?;
                SlotState::Image { header, commit }
            }
            Err(BlockProblem::Blank) => SlotState::Blank,
            Err(problem) => SlotState::Damaged(describe(problem)),
        },
    };
    Ok(Slot { index, offset, state })
}

/// Both slots. Slot 1 starts where slot 0's header says; without one, at half the disk.
pub fn scan(disk: &Disk) -> Result<[Slot; 2], VaultError> {
    let first = read_slot(disk, 0, 0)?;
    let slot_bytes = match &first.state {
        SlotState::Image { header, .. } => header.slot_bytes,
        _ => half_of(disk.len),
    };
    let second = read_slot(disk, 1, slot_bytes)?;
    Ok([first, second])
}

/// Slots start at multiples of this, so chunks are written at aligned disk offsets.
pub const SLOT_ALIGN: u64 = 1 << 20;

/// The slot size a disk of `disk_bytes` gets: half of it, in whole MiB.
pub fn half_of(disk_bytes: u64) -> u64 {
    disk_bytes / 2 / SLOT_ALIGN * SLOT_ALIGN
}
