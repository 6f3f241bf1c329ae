//! Rails and timers of the power sequencer, shared by the RustHDL block, the reference model, the
//! formal proofs and the documentation. Timers are in clock cycles; simulation and proofs shrink
//! them by choosing another configuration, never by editing code.

/// The board's rails in power-on order; they go off in the reverse order.
///
/// The protected rails (kept on through a vault) must come first: shedding the others in reverse
/// order then never turns a rail off while a later one is still on.
pub const BOARD_RAILS: [&str; 8] = ["BIOS_FLASH", "MEMORY", "CPU", "VAULT_DISK", "PCIE", "NIC", "DATA_DISKS", "FANS"];

/// How many of `BOARD_RAILS` (a prefix) stay on during a vault.
pub const BOARD_PROTECTED_RAILS: usize = 4;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PowerTimers {
    /// `ac_ok` must hold a new level this many consecutive cycles before it counts.
    pub ac_debounce: u32,
    /// A rail's power-good must be high this many consecutive cycles before the next rail starts.
    pub pg_settle: u32,
    /// A rail whose power-good has not settled this many cycles after its enable is a fault.
    pub pg_timeout: u32,
    /// An expected power-good low this many consecutive cycles is a loss (filters glitches).
    pub pg_loss_filter: u32,
    /// Cycles between rails going off, in orderly shutdown and at the end of a vault.
    pub off_gap: u32,
    /// Cycles between non-protected rails being shed at the start of a vault.
    pub shed_gap: u32,
    /// Width of the `cpu_reboot` pulse.
    pub reboot_pulse: u32,
    /// The hardware watchdog, from the start of the vault (shedding) to forcing the protected rails
    /// off: the backup energy budget minus the time to switch the protected rails off.
    pub vault_watchdog: u32,
}

impl PowerTimers {
    /// The board at 100 MHz.
    pub fn board() -> Self {
        Self {
            ac_debounce: 100_000,     // 1 ms
            pg_settle: 100_000,       // 1 ms
            pg_timeout: 5_000_000,    // 50 ms
            pg_loss_filter: 1_000,    // 10 µs
            off_gap: 100_000,         // 1 ms
            shed_gap: 10_000,         // 100 µs
            reboot_pulse: 1_000,      // 10 µs
            vault_watchdog: 3_000_000_000, // 30 s of backup energy
        }
    }

    /// The board's timers (the same times) for a core clock of `clock_hz`.
    pub fn board_at(clock_hz: u64) -> Self {
        let board = Self::board();
        let scale = |cycles_at_100mhz: u32| -> u32 {
            u32::try_from(cycles_at_100mhz as u64 * clock_hz / 100_000_000).expect("a timer beyond 32 bits at this clock").max(1)
        };
        Self {
            ac_debounce: scale(board.ac_debounce),
            pg_settle: scale(board.pg_settle),
            pg_timeout: scale(board.pg_timeout),
            pg_loss_filter: scale(board.pg_loss_filter),
            off_gap: scale(board.off_gap),
            shed_gap: scale(board.shed_gap),
            reboot_pulse: scale(board.reboot_pulse),
            vault_watchdog: scale(board.vault_watchdog),
        }
    }

    /// Small timers for simulation: every path is reachable within a few hundred cycles.
    pub fn simulation() -> Self {
        Self {
            ac_debounce: 8,
            pg_settle: 4,
            pg_timeout: 40,
            pg_loss_filter: 3,
            off_gap: 3,
            shed_gap: 2,
            reboot_pulse: 4,
            vault_watchdog: 300,
        }
    }

    /// Tiny timers for the formal proofs: short counterexamples and a small induction depth.
    pub fn formal() -> Self {
        Self {
            ac_debounce: 2,
            pg_settle: 2,
            pg_timeout: 4,
            pg_loss_filter: 2,
            off_gap: 1,
            shed_gap: 1,
            reboot_pulse: 2,
            vault_watchdog: 8,
        }
    }

    /// Worst case, in cycles, from the start of a vault to every rail off when the BIOS never
    /// answers: the watchdog, then each protected rail with its off gap.
    pub fn worst_case_vault_cycles(&self, protected_rails: usize) -> u64 {
        self.vault_watchdog as u64 + 1 + protected_rails as u64 * (self.off_gap as u64 + 1)
    }
}
