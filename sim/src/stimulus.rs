//! Seeded stimulus: every random test names its seed, and `NIC_SEED` replays one.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

pub type TestRng = ChaCha8Rng;

/// The seeds a test runs: `NIC_SEED` alone when set, else `defaults`.
pub fn seeds(defaults: &[u64]) -> Vec<u64> {
    match std::env::var("NIC_SEED") {
        Ok(s) => vec![s.trim().parse().unwrap_or_else(|_| panic!("NIC_SEED must be an integer, got {s:?}"))],
        Err(_) => defaults.to_vec(),
    }
}

/// True when the long soak runs were asked for (`NIC_SOAK=1`).
pub fn soak() -> bool {
    std::env::var("NIC_SOAK").is_ok_and(|v| v != "0")
}

pub fn rng(seed: u64) -> TestRng {
    TestRng::seed_from_u64(seed)
}

/// Random `valid` gaps on a source and `ready` back-pressure on a sink, each with its own duty.
/// A duty is drawn per run too, so one seed set covers both smooth and bursty traffic.
#[derive(Clone, Debug)]
pub struct Handshake {
    pub valid_percent: u32,
    pub ready_percent: u32,
    /// A synchronous reset pulse on average once in this many cycles; 0 for never.
    pub reset_one_in: u32,
}

impl Handshake {
    pub fn random(rng: &mut TestRng) -> Self {
        let pick = |rng: &mut TestRng| *[100, 95, 75, 50, 10].get(rng.gen_range(0..5)).unwrap();
        Self { valid_percent: pick(rng), ready_percent: pick(rng), reset_one_in: 20_000 }
    }

    pub fn valid(&self, rng: &mut TestRng) -> bool {
        rng.gen_range(0..100) < self.valid_percent
    }

    pub fn ready(&self, rng: &mut TestRng) -> bool {
        rng.gen_range(0..100) < self.ready_percent
    }

    pub fn reset(&self, rng: &mut TestRng) -> bool {
        self.reset_one_in != 0 && rng.gen_ratio(1, self.reset_one_in)
    }
}
