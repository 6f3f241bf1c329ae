//! The control plane: the UART register bridge (and, in simulation, a direct bus port), the
//! internal bus with its address decoder, and the register blocks of `registers::map` — the ID
//! block, the bridge's counters and the power sequencer, which lives here too.
//!
//! Bus timing: a request in cycle t (write side effects happen at t's clock edge); the answer
//! (`done`, read data, `error` for an unmapped address) is registered and seen at t+2, which
//! leaves a cycle for block-RAM counters to be read.

use crate::bridge::uart_bridge::UartBridge;
use crate::counters::COUNTER_INDEX_BITS;
use crate::power::config::{PowerTimers, BOARD_PROTECTED_RAILS, BOARD_RAILS};
use crate::power::sequencer::{PowerSequencer, PowerState};
use crate::registers::map::{blocks_present, Block, BRIDGE, ID, MAGIC, MAP_VERSION, NVME, POWER};
use rust_hdl::prelude::*;

pub const RAILS: usize = BOARD_RAILS.len();
type Sequencer = PowerSequencer<RAILS, 3, 32>;

#[derive(LogicBlock)]
pub struct ControlPlane {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub uart_rx: Signal<In, Bit>,
    pub uart_tx: Signal<Out, Bit>,
    /// Simulation: the direct bus port replaces the UART bridge as bus master while high.
    pub direct_enable: Signal<In, Bit>,
    pub direct_request: Signal<In, Bit>,
    pub direct_write: Signal<In, Bit>,
    pub direct_address: Signal<In, Bits<16>>,
    pub direct_write_data: Signal<In, Bits<32>>,
    pub direct_done: Signal<Out, Bit>,
    pub direct_read_data: Signal<Out, Bits<32>>,
    pub direct_error: Signal<Out, Bit>,
    // The power sequencer's board pins (docs/power-sequencer.md).
    pub ac_ok: Signal<In, Bit>,
    pub orderly_shutdown: Signal<In, Bit>,
    pub backup_ok: Signal<In, Bit>,
    pub pg: Signal<In, Bits<RAILS>>,
    pub bios_vault_done: Signal<In, Bit>,
    pub bios_vault_failed: Signal<In, Bit>,
    pub power_button: Signal<In, Bit>,
    pub rail_en: Signal<Out, Bits<RAILS>>,
    pub cpu_reboot: Signal<Out, Bit>,
    pub power_off_flag: Signal<Out, Bit>,
    pub power_fault: Signal<Out, Bit>,
    /// External bus port for the blocks after the control plane's own (from 0x0300): a request
    /// in cycle t, answered in t+1 by a registered `ext_ack` (the address is a register) and
    /// `ext_read_data`. Nothing acknowledges: a bus error.
    pub ext_request: Signal<Out, Bit>,
    pub ext_write: Signal<Out, Bit>,
    pub ext_address: Signal<Out, Bits<16>>,
    pub ext_write_data: Signal<Out, Bits<32>>,
    pub ext_ack: Signal<In, Bit>,
    pub ext_read_data: Signal<In, Bits<32>>,
    bridge: UartBridge,
    power: Sequencer,
    request: Signal<Local, Bit>,
    write: Signal<Local, Bit>,
    address: Signal<Local, Bits<16>>,
    write_data: Signal<Local, Bits<32>>,
    counter_index: Signal<Local, Bits<COUNTER_INDEX_BITS>>,
    control_bits: Signal<Local, Bits<5>>,
    state_code: Signal<Local, Bits<4>>,
    status_word: Signal<Local, Bits<32>>,
    pending: DFF<Bit>,
    /// The register a request addresses, decoded in cycle t so that cycle t+1's read
    /// multiplexer is a parallel case (timing: address compares and a priority chain of 20
    /// registers were one path).
    addressed: Signal<Local, ControlRegister>,
    pending_register: DFF<ControlRegister>,
    done: DFF<Bit>,
    read_data: DFF<Bits<32>>,
    error: DFF<Bit>,
    scratch: DFF<Bits<32>>,
    control: DFF<Bits<5>>,
    magic: Constant<Bits<32>>,
    map_version: Constant<Bits<32>>,
    clock_hz: Constant<Bits<32>>,
    blocks: Constant<Bits<32>>,
    id_magic: Constant<Bits<16>>,
    id_version: Constant<Bits<16>>,
    id_scratch: Constant<Bits<16>>,
    id_clock_hz: Constant<Bits<16>>,
    id_blocks: Constant<Bits<16>>,
    bridge_first: Constant<Bits<16>>,
    ext_first: Constant<Bits<16>>,
    bridge_end: Constant<Bits<16>>,
    power_status: Constant<Bits<16>>,
    power_rail_enable: Constant<Bits<16>>,
    power_rail_power_good: Constant<Bits<16>>,
    power_fault_rails: Constant<Bits<16>>,
    power_vault_count: Constant<Bits<16>>,
    power_last_vault_cycles: Constant<Bits<16>>,
    power_watchdog_expiries: Constant<Bits<16>>,
    power_vault_elapsed: Constant<Bits<16>>,
    power_control: Constant<Bits<16>>,
    power_pg_watched: Constant<Bits<16>>,
    power_rail_index: Constant<Bits<16>>,
    power_step_cycles: Constant<Bits<16>>,
    flag_bit: Constant<Bits<32>>,
    ac_good_bit: Constant<Bits<32>>,
    fault_bit: Constant<Bits<32>>,
    pg_timeout_bit: Constant<Bits<32>>,
    pg_lost_bit: Constant<Bits<32>>,
    vault_impossible_bit: Constant<Bits<32>>,
    vault_failed_bit: Constant<Bits<32>>,
    watchdog_expired_bit: Constant<Bits<32>>,
    cpu_reboot_bit: Constant<Bits<32>>,
    /// power.STATUS.STATE codes: the declaration order of `PowerState`.
    code_off: Constant<Bits<4>>,
    code_power_on: Constant<Bits<4>>,
    code_run: Constant<Bits<4>>,
    code_shutdown: Constant<Bits<4>>,
    code_shed: Constant<Bits<4>>,
    code_set_flag: Constant<Bits<4>>,
    code_reboot: Constant<Bits<4>>,
    code_vault_wait: Constant<Bits<4>>,
    code_vault_off: Constant<Bits<4>>,
    code_ac_wait: Constant<Bits<4>>,
    code_fault: Constant<Bits<4>>,
    code_unknown: Constant<Bits<4>>,
    word_zero: Constant<Bits<32>>,
    control_none: Constant<Bits<5>>,
}

/// What a bus request addresses among the control plane's own registers (or the external port).
#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum ControlRegister {
    Unmapped,
    Magic,
    Version,
    Scratch,
    ClockHz,
    Blocks,
    BridgeCounter,
    PowerStatus,
    RailEnable,
    RailPowerGood,
    FaultRails,
    VaultCount,
    LastVaultCycles,
    WatchdogExpiries,
    VaultElapsed,
    PgWatched,
    RailIndex,
    StepCycles,
    PowerControl,
    External,
}

impl ControlPlane {
    /// `timers`: the sequencer's; `clocks_per_bit`: the clock over the UART baud rate;
    /// `clock_hz`: what `id.CLOCK_HZ` reads (0 when the clock is not a real one); `blocks`: the
    /// register blocks on the external bus port (for `id.BLOCKS`).
    pub fn new(timers: &PowerTimers, clocks_per_bit: u32, clock_hz: u32, blocks: &[Block]) -> Self {
        let word = |v: u64| Constant::new(v.to_bits());
        let id = |name: &str| Constant::new((ID.address(name) as u64).to_bits());
        let power = |name: &str| Constant::new((POWER.address(name) as u64).to_bits());
        let status_bit = |name: &str| Constant::new((1_u64 << POWER.register("STATUS").field(name).lsb).to_bits());
        Self {
            clock: Default::default(),
            reset: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            direct_enable: Default::default(),
            direct_request: Default::default(),
            direct_write: Default::default(),
            direct_address: Default::default(),
            direct_write_data: Default::default(),
            direct_done: Default::default(),
            direct_read_data: Default::default(),
            direct_error: Default::default(),
            ac_ok: Default::default(),
            orderly_shutdown: Default::default(),
            backup_ok: Default::default(),
            pg: Default::default(),
            bios_vault_done: Default::default(),
            bios_vault_failed: Default::default(),
            power_button: Default::default(),
            rail_en: Default::default(),
            cpu_reboot: Default::default(),
            power_off_flag: Default::default(),
            power_fault: Default::default(),
            ext_request: Default::default(),
            ext_write: Default::default(),
            ext_address: Default::default(),
            ext_write_data: Default::default(),
            ext_ack: Default::default(),
            ext_read_data: Default::default(),
            bridge: UartBridge::new(clocks_per_bit),
            power: PowerSequencer::new(BOARD_PROTECTED_RAILS, timers),
            request: Default::default(),
            write: Default::default(),
            address: Default::default(),
            write_data: Default::default(),
            counter_index: Default::default(),
            control_bits: Default::default(),
            state_code: Default::default(),
            status_word: Default::default(),
            pending: Default::default(),
            addressed: Default::default(),
            pending_register: Default::default(),
            done: Default::default(),
            read_data: Default::default(),
            error: Default::default(),
            scratch: Default::default(),
            control: Default::default(),
            magic: word(MAGIC as u64),
            map_version: word(MAP_VERSION as u64),
            clock_hz: word(clock_hz as u64),
            blocks: word(blocks_present(blocks) as u64),
            id_magic: id("MAGIC"),
            id_version: id("VERSION"),
            id_scratch: id("SCRATCH"),
            id_clock_hz: id("CLOCK_HZ"),
            id_blocks: id("BLOCKS"),
            bridge_first: Constant::new((BRIDGE.base as u64).to_bits()),
            ext_first: Constant::new((NVME.base as u64).to_bits()),
            bridge_end: Constant::new(((BRIDGE.base as usize + BRIDGE.registers.len()) as u64).to_bits()),
            power_status: power("STATUS"),
            power_rail_enable: power("RAIL_ENABLE"),
            power_rail_power_good: power("RAIL_POWER_GOOD"),
            power_fault_rails: power("FAULT_RAILS"),
            power_vault_count: power("VAULT_COUNT"),
            power_last_vault_cycles: power("LAST_VAULT_CYCLES"),
            power_watchdog_expiries: power("WATCHDOG_EXPIRIES"),
            power_vault_elapsed: power("VAULT_ELAPSED"),
            power_control: power("CONTROL"),
            power_pg_watched: power("PG_WATCHED"),
            power_rail_index: power("RAIL_INDEX"),
            power_step_cycles: power("STEP_CYCLES"),
            flag_bit: status_bit("POWER_OFF_FLAG"),
            ac_good_bit: status_bit("AC_GOOD"),
            fault_bit: status_bit("FAULT"),
            pg_timeout_bit: status_bit("FAULT_PG_TIMEOUT"),
            pg_lost_bit: status_bit("FAULT_PG_LOST"),
            vault_impossible_bit: status_bit("VAULT_IMPOSSIBLE"),
            vault_failed_bit: status_bit("VAULT_FAILED"),
            watchdog_expired_bit: status_bit("WATCHDOG_EXPIRED"),
            cpu_reboot_bit: status_bit("CPU_REBOOT"),
            code_off: Constant::new(0_u64.to_bits()),
            code_power_on: Constant::new(1_u64.to_bits()),
            code_run: Constant::new(2_u64.to_bits()),
            code_shutdown: Constant::new(3_u64.to_bits()),
            code_shed: Constant::new(4_u64.to_bits()),
            code_set_flag: Constant::new(5_u64.to_bits()),
            code_reboot: Constant::new(6_u64.to_bits()),
            code_vault_wait: Constant::new(7_u64.to_bits()),
            code_vault_off: Constant::new(8_u64.to_bits()),
            code_ac_wait: Constant::new(9_u64.to_bits()),
            code_fault: Constant::new(10_u64.to_bits()),
            code_unknown: Constant::new(15_u64.to_bits()),
            word_zero: Constant::new(0_u64.to_bits()),
            control_none: Constant::new(0_u64.to_bits()),
        }
    }
}

impl Logic for ControlPlane {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, pending, pending_register, done, read_data, error, scratch, control);
        self.bridge.clock.next = self.clock.val();
        self.bridge.reset.next = self.reset.val();
        self.power.clock.next = self.clock.val();
        self.power.reset.next = self.reset.val();
        self.bridge.rx.next = self.uart_rx.val();
        self.uart_tx.next = self.bridge.tx.val();

        // The bus master: the bridge, or the direct port while it is enabled.
        self.request.next = self.bridge.bus_request.val();
        self.write.next = self.bridge.bus_write.val();
        self.address.next = self.bridge.bus_address.val();
        self.write_data.next = self.bridge.bus_write_data.val();
        if self.direct_enable.val() {
            self.request.next = self.direct_request.val();
            self.write.next = self.direct_write.val();
            self.address.next = self.direct_address.val();
            self.write_data.next = self.direct_write_data.val();
        }
        self.bridge.bus_done.next = self.done.q.val() & !self.direct_enable.val();
        self.bridge.bus_read_data.next = self.read_data.q.val();
        self.bridge.bus_error.next = self.error.q.val();
        self.direct_done.next = self.done.q.val() & self.direct_enable.val();
        self.direct_read_data.next = self.read_data.q.val();
        self.direct_error.next = self.error.q.val();

        // Cycle t: writes take effect; the counter bank is addressed.
        self.control_bits.next = bit_cast::<5, 32>(self.write_data.val());
        self.control.d.next = self.control_none.val();
        if self.request.val() & self.write.val() {
            if self.address.val() == self.id_scratch.val() {
                self.scratch.d.next = self.write_data.val();
            }
            if self.address.val() == self.power_control.val() {
                self.control.d.next = self.control_bits.val();
            }
        }
        self.pending.d.next = self.request.val();
        self.addressed.next = ControlRegister::Unmapped;
        if self.address.val() == self.id_magic.val() {
            self.addressed.next = ControlRegister::Magic;
        } else if self.address.val() == self.id_version.val() {
            self.addressed.next = ControlRegister::Version;
        } else if self.address.val() == self.id_scratch.val() {
            self.addressed.next = ControlRegister::Scratch;
        } else if self.address.val() == self.id_clock_hz.val() {
            self.addressed.next = ControlRegister::ClockHz;
        } else if self.address.val() == self.id_blocks.val() {
            self.addressed.next = ControlRegister::Blocks;
        } else if (self.address.val() >= self.bridge_first.val()) & (self.address.val() < self.bridge_end.val()) {
            self.addressed.next = ControlRegister::BridgeCounter;
        } else if self.address.val() == self.power_status.val() {
            self.addressed.next = ControlRegister::PowerStatus;
        } else if self.address.val() == self.power_rail_enable.val() {
            self.addressed.next = ControlRegister::RailEnable;
        } else if self.address.val() == self.power_rail_power_good.val() {
            self.addressed.next = ControlRegister::RailPowerGood;
        } else if self.address.val() == self.power_fault_rails.val() {
            self.addressed.next = ControlRegister::FaultRails;
        } else if self.address.val() == self.power_vault_count.val() {
            self.addressed.next = ControlRegister::VaultCount;
        } else if self.address.val() == self.power_last_vault_cycles.val() {
            self.addressed.next = ControlRegister::LastVaultCycles;
        } else if self.address.val() == self.power_watchdog_expiries.val() {
            self.addressed.next = ControlRegister::WatchdogExpiries;
        } else if self.address.val() == self.power_vault_elapsed.val() {
            self.addressed.next = ControlRegister::VaultElapsed;
        } else if self.address.val() == self.power_pg_watched.val() {
            self.addressed.next = ControlRegister::PgWatched;
        } else if self.address.val() == self.power_rail_index.val() {
            self.addressed.next = ControlRegister::RailIndex;
        } else if self.address.val() == self.power_step_cycles.val() {
            self.addressed.next = ControlRegister::StepCycles;
        } else if self.address.val() == self.power_control.val() {
            self.addressed.next = ControlRegister::PowerControl;
        } else if self.address.val() >= self.ext_first.val() {
            self.addressed.next = ControlRegister::External;
        }
        self.pending_register.d.next = self.addressed.val();
        self.ext_request.next = self.request.val() & (self.address.val() >= self.ext_first.val());
        self.ext_write.next = self.write.val();
        self.ext_address.next = self.address.val();
        self.ext_write_data.next = self.write_data.val();
        self.counter_index.next = bit_cast::<COUNTER_INDEX_BITS, 16>(self.address.val());
        self.bridge.counter_read_index.next = self.counter_index.val();

        // The power sequencer: board pins, with the CONTROL register's pulses ORed in.
        self.power.ac_ok.next = self.ac_ok.val();
        self.power.orderly_shutdown.next = self.orderly_shutdown.val();
        self.power.backup_ok.next = self.backup_ok.val();
        self.power.pg.next = self.pg.val();
        self.power.rearm.next = self.control.q.val().get_bit(0);
        self.power.flag_clear.next = self.control.q.val().get_bit(1);
        self.power.power_button.next = self.power_button.val() | self.control.q.val().get_bit(2);
        self.power.bios_vault_done.next = self.bios_vault_done.val() | self.control.q.val().get_bit(3);
        self.power.bios_vault_failed.next = self.bios_vault_failed.val() | self.control.q.val().get_bit(4);
        self.rail_en.next = self.power.rail_en.val();
        self.cpu_reboot.next = self.power.cpu_reboot.val();
        self.power_off_flag.next = self.power.power_off_flag.val();
        self.power_fault.next = self.power.fault.val();

        // power.STATUS: the state's code and the status bits.
        self.state_code.next = self.code_unknown.val();
        match self.power.state.val() {
            PowerState::Off => self.state_code.next = self.code_off.val(),
            PowerState::PowerOn => self.state_code.next = self.code_power_on.val(),
            PowerState::Run => self.state_code.next = self.code_run.val(),
            PowerState::Shutdown => self.state_code.next = self.code_shutdown.val(),
            PowerState::Shed => self.state_code.next = self.code_shed.val(),
            PowerState::SetFlag => self.state_code.next = self.code_set_flag.val(),
            PowerState::Reboot => self.state_code.next = self.code_reboot.val(),
            PowerState::VaultWait => self.state_code.next = self.code_vault_wait.val(),
            PowerState::VaultOff => self.state_code.next = self.code_vault_off.val(),
            PowerState::AcWait => self.state_code.next = self.code_ac_wait.val(),
            PowerState::Fault => self.state_code.next = self.code_fault.val(),
            _ => self.state_code.next = self.code_unknown.val(),
        }
        self.status_word.next = bit_cast::<32, 4>(self.state_code.val());
        if self.power.power_off_flag.val() {
            self.status_word.next = self.status_word.val() | self.flag_bit.val();
        }
        if self.power.ac_good.val() {
            self.status_word.next = self.status_word.val() | self.ac_good_bit.val();
        }
        if self.power.fault.val() {
            self.status_word.next = self.status_word.val() | self.fault_bit.val();
        }
        if self.power.fault_pg_timeout.val() {
            self.status_word.next = self.status_word.val() | self.pg_timeout_bit.val();
        }
        if self.power.fault_pg_lost.val() {
            self.status_word.next = self.status_word.val() | self.pg_lost_bit.val();
        }
        if self.power.vault_impossible.val() {
            self.status_word.next = self.status_word.val() | self.vault_impossible_bit.val();
        }
        if self.power.vault_failed.val() {
            self.status_word.next = self.status_word.val() | self.vault_failed_bit.val();
        }
        if self.power.watchdog_expired.val() {
            self.status_word.next = self.status_word.val() | self.watchdog_expired_bit.val();
        }
        if self.power.cpu_reboot.val() {
            self.status_word.next = self.status_word.val() | self.cpu_reboot_bit.val();
        }

        // Cycle t+1: the answer, registered.
        self.done.d.next = self.pending.q.val();
        self.error.d.next = false;
        self.read_data.d.next = self.word_zero.val();
        match self.pending_register.q.val() {
            ControlRegister::Magic => self.read_data.d.next = self.magic.val(),
            ControlRegister::Version => self.read_data.d.next = self.map_version.val(),
            ControlRegister::Scratch => self.read_data.d.next = self.scratch.q.val(),
            ControlRegister::ClockHz => self.read_data.d.next = self.clock_hz.val(),
            ControlRegister::Blocks => self.read_data.d.next = self.blocks.val(),
            ControlRegister::BridgeCounter => self.read_data.d.next = self.bridge.counter_read_value.val(),
            ControlRegister::PowerStatus => self.read_data.d.next = self.status_word.val(),
            ControlRegister::RailEnable => self.read_data.d.next = bit_cast::<32, RAILS>(self.power.rail_en.val()),
            ControlRegister::RailPowerGood => self.read_data.d.next = bit_cast::<32, RAILS>(self.pg.val()),
            ControlRegister::FaultRails => self.read_data.d.next = bit_cast::<32, RAILS>(self.power.fault_rails.val()),
            ControlRegister::VaultCount => self.read_data.d.next = self.power.vault_count.val(),
            ControlRegister::LastVaultCycles => self.read_data.d.next = self.power.last_vault_cycles.val(),
            ControlRegister::WatchdogExpiries => self.read_data.d.next = self.power.watchdog_expiries.val(),
            ControlRegister::VaultElapsed => self.read_data.d.next = self.power.vault_elapsed.val(),
            ControlRegister::PgWatched => self.read_data.d.next = bit_cast::<32, RAILS>(self.power.pg_watched.val()),
            ControlRegister::RailIndex => self.read_data.d.next = bit_cast::<32, 3>(self.power.rail_index.val()),
            ControlRegister::StepCycles => self.read_data.d.next = self.power.step_cycles.val(),
            ControlRegister::PowerControl => self.read_data.d.next = self.word_zero.val(),
            ControlRegister::External => {
                if self.ext_ack.val() {
                    self.read_data.d.next = self.ext_read_data.val();
                } else {
                    self.error.d.next = self.pending.q.val();
                }
            }
            _ => self.error.d.next = self.pending.q.val(),
        }
        if self.reset.val() {
            self.pending.d.next = false;
            self.done.d.next = false;
            self.control.d.next = self.control_none.val();
            self.scratch.d.next = self.word_zero.val();
        }
    }
}
