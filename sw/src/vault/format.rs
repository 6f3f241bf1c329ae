//! The vault image on disk (layout in docs/vault.md). Every record is one 4 KiB
//! block sealed by an XXH3-64 of its first 4088 bytes, stored little-endian in its last 8.
//!
//! ```text
//! slot start          header block: magic, version, sequence, slot size, chunk size, regions
//! + chunk size · i+1  chunk i: header block (magic, sequence, index, data bytes, data XXH3),
//!                     then up to chunk size − 4 KiB of data (the last chunk's padded to 4 KiB)
//! + chunk size · n+1  commit block: sequence, chunk count, payload bytes, header seal, chunk digest
//! ```
//! A chunk is one write of exactly the chunk size at a multiple of it: the disk sees the same
//! aligned, power-of-two writes as `dd bs=4M oflag=direct`.

use super::io::BLOCK;
use xxhash_rust::xxh3::xxh3_64;

/// The version this build writes and reads.
pub const VERSION: u32 = 1;
const HEADER_MAGIC: &[u8; 8] = b"NICVAULT";
const CHUNK_MAGIC: &[u8; 8] = b"VLTCHUNK";
const COMMIT_MAGIC: &[u8; 8] = b"VLTCOMIT";
const SEAL_AT: usize = BLOCK - 8;
/// Region names are stored in the header; this keeps any list of up to 8 regions in one block.
pub const MAX_REGION_NAME: usize = 255;
pub const MAX_REGIONS: usize = 8;
/// A chunk is its header block plus at least one data block.
pub const MIN_CHUNK: u64 = 2 * BLOCK as u64;

/// One memory region of the image: where it was saved from (restored to by default) and its size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region {
    pub name: String,
    pub bytes: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub sequence: u64,
    pub slot_bytes: u64,
    pub chunk_bytes: u64,
    pub saved_unix_seconds: u64,
    pub regions: Vec<Region>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkHeader {
    pub sequence: u64,
    pub index: u64,
    pub data_bytes: u64,
    pub data_hash: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Commit {
    pub sequence: u64,
    pub chunk_count: u64,
    pub payload_bytes: u64,
    pub header_seal: u64,
    pub chunks_digest: u64,
}

/// Why a block is not the record it should be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BlockProblem {
    /// All zero: nothing was ever written here (a formatted, unused slot).
    Blank,
    /// Something else than this record's magic.
    NotThisRecord,
    /// The right magic, a wrong seal: damaged.
    BadSeal,
    /// An image header of a version this build does not read.
    Version(u32),
    /// Sealed correctly but its fields contradict each other.
    Inconsistent(&'static str),
}

fn seal(block: &mut [u8]) -> u64 {
    let value = xxh3_64(&block[..SEAL_AT]);
    block[SEAL_AT..BLOCK].copy_from_slice(&value.to_le_bytes());
    value
}

fn sealed(block: &[u8], magic: &[u8; 8]) -> Result<u64, BlockProblem> {
    if block[..BLOCK].iter().all(|b| *b == 0) {
        return Err(BlockProblem::Blank);
    }
    if &block[..8] != magic {
        return Err(BlockProblem::NotThisRecord);
    }
    let stored = u64::from_le_bytes(block[SEAL_AT..BLOCK].try_into().unwrap());
    if stored != xxh3_64(&block[..SEAL_AT]) {
        return Err(BlockProblem::BadSeal);
    }
    Ok(stored)
}

/// Little-endian field writer/reader over one block.
struct Fields<'a> {
    block: &'a mut [u8],
    at: usize,
}

impl Fields<'_> {
    fn put(&mut self, bytes: &[u8]) {
        self.block[self.at..self.at + bytes.len()].copy_from_slice(bytes);
        self.at += bytes.len();
    }
    fn u64(&mut self, value: u64) {
        self.put(&value.to_le_bytes());
    }
}

struct Reader<'a> {
    block: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], BlockProblem> {
        let bytes = self.block.get(self.at..self.at + n).filter(|_| self.at + n <= SEAL_AT);
        self.at += n;
        bytes.ok_or(BlockProblem::Inconsistent("fields run past the block"))
    }
    fn u64(&mut self) -> Result<u64, BlockProblem> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().unwrap()))
    }
    fn u32(&mut self) -> Result<u32, BlockProblem> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
}

impl Header {
    pub fn payload_bytes(&self) -> u64 {
        self.regions.iter().map(|r| r.bytes).sum()
    }

    /// Data bytes a full chunk carries (its first block is the chunk header).
    pub fn data_per_chunk(&self) -> u64 {
        self.chunk_bytes - BLOCK as u64
    }

    pub fn chunk_count(&self) -> u64 {
        self.payload_bytes().div_ceil(self.data_per_chunk())
    }

    /// Offset of chunk `index`'s header block from the slot start.
    pub fn chunk_offset(&self, index: u64) -> u64 {
        (index + 1) * self.chunk_bytes
    }

    /// Data bytes chunk `index` carries (the last one may be short).
    pub fn chunk_data_bytes(&self, index: u64) -> u64 {
        (self.payload_bytes() - index * self.data_per_chunk()).min(self.data_per_chunk())
    }

    pub fn commit_offset(&self) -> u64 {
        self.chunk_offset(self.chunk_count())
    }

    /// Bytes the whole image takes in its slot.
    pub fn image_bytes(&self) -> u64 {
        self.commit_offset() + BLOCK as u64
    }

    /// The header block and its seal (which the commit record repeats, binding the two).
    pub fn encode(&self) -> ([u8; BLOCK], u64) {
        let mut block = [0u8; BLOCK];
        let mut f = Fields { block: &mut block, at: 0 };
        f.put(HEADER_MAGIC);
        f.put(&VERSION.to_le_bytes());
        f.put(&(self.regions.len() as u32).to_le_bytes());
        for value in [self.sequence, self.slot_bytes, self.chunk_bytes, self.saved_unix_seconds] {
            f.u64(value);
        }
        for region in &self.regions {
            f.u64(region.bytes);
            f.put(&(region.name.len() as u32).to_le_bytes());
            f.put(region.name.as_bytes());
        }
        let seal_value = seal(&mut block);
        (block, seal_value)
    }

    pub fn decode(block: &[u8]) -> Result<(Header, u64), BlockProblem> {
        // The version is read before the seal: a later version may seal differently.
        if block[..8] == *HEADER_MAGIC {
            let version = u32::from_le_bytes(block[8..12].try_into().unwrap());
            if version != VERSION {
                return Err(BlockProblem::Version(version));
            }
        }
        let seal_value = sealed(block, HEADER_MAGIC)?;
        let mut r = Reader { block, at: 12 };
        let count = r.u32()? as usize;
        let [sequence, slot_bytes, chunk_bytes, saved_unix_seconds] = [r.u64()?, r.u64()?, r.u64()?, r.u64()?];
        if count == 0 || count > MAX_REGIONS {
            return Err(BlockProblem::Inconsistent("region count"));
        }
        let mut regions = Vec::with_capacity(count);
        for _ in 0..count {
            let bytes = r.u64()?;
            let name_len = r.u32()? as usize;
            if name_len > MAX_REGION_NAME {
                return Err(BlockProblem::Inconsistent("region name length"));
            }
            let name = String::from_utf8(r.take(name_len)?.to_vec()).map_err(|_| BlockProblem::Inconsistent("region name"))?;
            regions.push(Region { name, bytes });
        }
        let header = Header { sequence, slot_bytes, chunk_bytes, saved_unix_seconds, regions };
        if chunk_bytes < MIN_CHUNK || chunk_bytes % BLOCK as u64 != 0 || header.payload_bytes() == 0 {
            return Err(BlockProblem::Inconsistent("chunk size or payload size"));
        }
        if slot_bytes % BLOCK as u64 != 0 || header.image_bytes() > slot_bytes {
            return Err(BlockProblem::Inconsistent("image larger than its slot"));
        }
        Ok((header, seal_value))
    }
}

impl ChunkHeader {
    pub fn encode_into(&self, block: &mut [u8]) {
        block[..BLOCK].fill(0);
        let mut f = Fields { block, at: 0 };
        f.put(CHUNK_MAGIC);
        for value in [self.sequence, self.index, self.data_bytes, self.data_hash] {
            f.u64(value);
        }
        seal(block);
    }

    pub fn decode(block: &[u8]) -> Result<ChunkHeader, BlockProblem> {
        sealed(block, CHUNK_MAGIC)?;
        let mut r = Reader { block, at: 8 };
        Ok(ChunkHeader { sequence: r.u64()?, index: r.u64()?, data_bytes: r.u64()?, data_hash: r.u64()? })
    }
}

impl Commit {
    pub fn encode(&self) -> [u8; BLOCK] {
        let mut block = [0u8; BLOCK];
        let mut f = Fields { block: &mut block, at: 0 };
        f.put(COMMIT_MAGIC);
        for value in [self.sequence, self.chunk_count, self.payload_bytes, self.header_seal, self.chunks_digest] {
            f.u64(value);
        }
        seal(&mut block);
        block
    }

    pub fn decode(block: &[u8]) -> Result<Commit, BlockProblem> {
        sealed(block, COMMIT_MAGIC)?;
        let mut r = Reader { block, at: 8 };
        Ok(Commit {
            sequence: r.u64()?,
            chunk_count: r.u64()?,
            payload_bytes: r.u64()?,
            header_seal: r.u64()?,
            chunks_digest: r.u64()?,
        })
    }
}

/// Folds the chunks' data hashes, in order, into the digest the commit record holds.
#[derive(Default)]
pub struct ChunksDigest(Vec<u8>);

impl ChunksDigest {
    pub fn add(&mut self, data_hash: u64) {
        self.0.extend_from_slice(&data_hash.to_le_bytes());
    }
    pub fn value(&self) -> u64 {
        xxh3_64(&self.0)
    }
}

pub fn data_hash(data: &[u8]) -> u64 {
    xxh3_64(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Header {
        let regions = vec![Region { name: "mem0".into(), bytes: 10 * 4096 + 7 }, Region { name: "mem1".into(), bytes: 4096 }];
        Header { sequence: 9, slot_bytes: 1 << 20, chunk_bytes: 8192, saved_unix_seconds: 1, regions }
    }

    #[test]
    fn records_round_trip_and_any_flipped_bit_is_caught() {
        let (block, seal_value) = header().encode();
        assert_eq!(Header::decode(&block), Ok((header(), seal_value)));
        for bit in [0, 70, 8 * 100, 8 * SEAL_AT + 3] {
            let mut bad = block;
            bad[bit / 8] ^= 1 << (bit % 8);
            assert!(Header::decode(&bad).is_err(), "bit {bit}");
        }
        let commit = Commit { sequence: 9, chunk_count: 6, payload_bytes: 5, header_seal: seal_value, chunks_digest: 3 };
        assert_eq!(Commit::decode(&commit.encode()), Ok(commit));
        assert_eq!(Commit::decode(&[0u8; BLOCK]), Err(BlockProblem::Blank));
        assert_eq!(Commit::decode(&block), Err(BlockProblem::NotThisRecord));
    }

    #[test]
    fn geometry_of_a_short_last_chunk() {
        let h = header(); // 45 063 bytes in chunks of 8 KiB (4 KiB of data each): 12 chunks
        assert_eq!((h.chunk_count(), h.chunk_data_bytes(10), h.chunk_data_bytes(11)), (12, 4096, 45_063 - 11 * 4096));
        assert_eq!((h.chunk_offset(0), h.commit_offset(), h.image_bytes()), (8192, 13 * 8192, 13 * 8192 + 4096));
    }

    #[test]
    fn another_version_is_named() {
        let (mut block, _) = header().encode();
        block[8] = 2;
        assert_eq!(Header::decode(&block), Err(BlockProblem::Version(2)));
    }
}
