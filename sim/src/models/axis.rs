//! One beat of the 64-bit host stream, as the models and testbenches see it.

use crate::stimulus::TestRng;
use rand::Rng;

#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Beat {
    pub tdata: u64,
    pub tkeep: u8,
    pub tlast: bool,
    pub tuser: bool,
}

impl Beat {
    /// Any legal beat: a partial `tkeep` (contiguous from byte 0) only on a last beat.
    pub fn random(rng: &mut TestRng) -> Self {
        let tlast = rng.gen_bool(0.2);
        let tkeep = if tlast { ((1u16 << rng.gen_range(1..=8)) - 1) as u8 } else { 0xff };
        Self { tdata: rng.gen(), tkeep, tlast, tuser: rng.gen_bool(0.05) }
    }
}
