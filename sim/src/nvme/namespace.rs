//! The storage array's back end: one RAM-backed namespace both controllers serve.

use super::admin::Subsystem;

pub const BLOCK_BYTES: usize = 512;
pub const NAMESPACE_ID: u32 = 1;

pub struct Namespace {
    data: Vec<u8>,
    /// The array's back-end fence, per controller (A, B): a fenced controller's media accesses
    /// fail. The NIC raises it the moment a failover starts, so a controller that lost its link
    /// but still runs cannot write behind the replay (TP8028's reason to exist).
    pub fenced: [bool; 2],
    /// The controller state both controllers share (docs/interop.md).
    pub subsystem: Subsystem,
}

impl Namespace {
    pub fn new(blocks: u64) -> Self {
        Self { data: vec![0; blocks as usize * BLOCK_BYTES], fenced: [false; 2], subsystem: Subsystem::default() }
    }

    pub fn blocks(&self) -> u64 {
        (self.data.len() / BLOCK_BYTES) as u64
    }

    /// Whether blocks `slba ..= slba + nlb_minus_one` exist.
    pub fn in_range(&self, slba: u64, nlb_minus_one: u16) -> bool {
        slba.checked_add(nlb_minus_one as u64).is_some_and(|last| last < self.blocks())
    }

    pub fn read(&self, slba: u64, bytes: usize) -> Vec<u8> {
        let at = slba as usize * BLOCK_BYTES;
        self.data[at..at + bytes].to_vec()
    }

    pub fn write(&mut self, slba: u64, data: &[u8]) {
        let at = slba as usize * BLOCK_BYTES;
        self.data[at..at + data.len()].copy_from_slice(data);
    }
}
