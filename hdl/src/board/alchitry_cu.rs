//! The Alchitry Cu's design. `AlchitryCuCore` is everything on the core clock — the control plane
//! (UART register bridge, power sequencer, ID and bridge registers), the receive self-test and
//! its registers, pin synchronisers and the LEDs — and is what Verilator runs. `AlchitryCu` is
//! the bitstream's top: the PLL from the 100 MHz oscillator to the core clock, the reset button
//! and PLL lock made into a synchronous reset, and the core.
//!
//! LEDs, in board order: the heartbeat (bit 24 of a free-running counter: 3 Hz at 50 MHz, the
//! clock runs), self-test running / passed / failed, power fault, power-off flag, CPU reboot
//! pulse, CPU rail (rail 2 of `BOARD_RAILS`) enabled.

use super::rx_self_test::RxSelfTest;
use super::self_test_image::SelfTestImage;
use super::self_test_registers::SelfTestRegisters;
use super::{CORE_CLOCK_HZ, OSCILLATOR_HZ, UART_BAUD};
use crate::control_plane::{ControlPlane, RAILS};
use crate::power::config::PowerTimers;
use crate::registers::map::SELFTEST;
use rust_hdl::fpga::lattice::ice40::ice_pll::ICE40PLLBlock;
use rust_hdl::prelude::*;

/// The self-test's ROM sizes: up to 255 beats, 63 frames.
pub type BoardRxSelfTest = RxSelfTest<8, 6>;


#[derive(LogicBlock)]
pub struct AlchitryCuCore {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// The FTDI serial port (FPGA side: `uart_rx` in, `uart_tx` out).
    pub uart_rx: Signal<In, Bit>,
    pub uart_tx: Signal<Out, Bit>,
    /// The eight LEDs, in board order.
    pub led_heartbeat: Signal<Out, Bit>,
    pub led_self_test_running: Signal<Out, Bit>,
    pub led_self_test_passed: Signal<Out, Bit>,
    pub led_self_test_failed: Signal<Out, Bit>,
    pub led_power_fault: Signal<Out, Bit>,
    pub led_power_off_flag: Signal<Out, Bit>,
    pub led_cpu_reboot: Signal<Out, Bit>,
    pub led_cpu_rail: Signal<Out, Bit>,
    /// The power sequencer's header pins (docs/power-sequencer.md), asynchronous inputs.
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
    control: ControlPlane,
    self_test: BoardRxSelfTest,
    registers: SelfTestRegisters,
    ac_ok_sync: BitSynchronizer,
    orderly_shutdown_sync: BitSynchronizer,
    backup_ok_sync: BitSynchronizer,
    bios_vault_done_sync: BitSynchronizer,
    bios_vault_failed_sync: BitSynchronizer,
    power_button_sync: BitSynchronizer,
    pg_meta: DFF<Bits<RAILS>>,
    pg_sync: DFF<Bits<RAILS>>,
    blink: DFF<Bits<32>>,
    one_32: Constant<Bits<32>>,
    zero_16: Constant<Bits<16>>,
    zero_32: Constant<Bits<32>>,
}

impl AlchitryCuCore {
    /// The board's core: its timers and UART at `CORE_CLOCK_HZ`, the committed self-test image.
    pub fn board() -> Self {
        Self::new(&SelfTestImage::committed())
    }

    pub fn new(image: &SelfTestImage) -> Self {
        let clocks_per_bit = u32::try_from((CORE_CLOCK_HZ + UART_BAUD / 2) / UART_BAUD).unwrap();
        Self {
            clock: Default::default(),
            reset: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            led_heartbeat: Default::default(),
            led_self_test_running: Default::default(),
            led_self_test_passed: Default::default(),
            led_self_test_failed: Default::default(),
            led_power_fault: Default::default(),
            led_power_off_flag: Default::default(),
            led_cpu_reboot: Default::default(),
            led_cpu_rail: Default::default(),
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
            control: ControlPlane::new(&PowerTimers::board_at(CORE_CLOCK_HZ), clocks_per_bit, CORE_CLOCK_HZ as u32, &[SELFTEST]),
            self_test: RxSelfTest::new(image),
            registers: SelfTestRegisters::new(image.frames.len()),
            ac_ok_sync: Default::default(),
            orderly_shutdown_sync: Default::default(),
            backup_ok_sync: Default::default(),
            bios_vault_done_sync: Default::default(),
            bios_vault_failed_sync: Default::default(),
            power_button_sync: Default::default(),
            pg_meta: Default::default(),
            pg_sync: Default::default(),
            blink: Default::default(),
            one_32: Constant::new(1u64.to_bits()),
            zero_16: Constant::new(0u64.to_bits()),
            zero_32: Constant::new(0u64.to_bits()),
        }
    }
}

impl Logic for AlchitryCuCore {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, pg_meta, pg_sync, blink);
        clock!(self, clock, control, self_test, registers);
        clock!(self, clock, ac_ok_sync, orderly_shutdown_sync, backup_ok_sync, bios_vault_done_sync, bios_vault_failed_sync, power_button_sync);
        self.control.reset.next = self.reset.val();
        self.self_test.reset.next = self.reset.val();
        self.registers.reset.next = self.reset.val();

        // Two flip-flops for every asynchronous power input.
        self.ac_ok_sync.sig_in.next = self.ac_ok.val();
        self.orderly_shutdown_sync.sig_in.next = self.orderly_shutdown.val();
        self.backup_ok_sync.sig_in.next = self.backup_ok.val();
        self.bios_vault_done_sync.sig_in.next = self.bios_vault_done.val();
        self.bios_vault_failed_sync.sig_in.next = self.bios_vault_failed.val();
        self.power_button_sync.sig_in.next = self.power_button.val();
        self.pg_meta.d.next = self.pg.val();
        self.pg_sync.d.next = self.pg_meta.q.val();

        // The control plane: UART, power sequencer; the self-test's registers on its bus port.
        self.control.uart_rx.next = self.uart_rx.val();
        self.uart_tx.next = self.control.uart_tx.val();
        self.control.direct_enable.next = false;
        self.control.direct_request.next = false;
        self.control.direct_write.next = false;
        self.control.direct_address.next = self.zero_16.val();
        self.control.direct_write_data.next = self.zero_32.val();
        self.control.ac_ok.next = self.ac_ok_sync.sig_out.val();
        self.control.orderly_shutdown.next = self.orderly_shutdown_sync.sig_out.val();
        self.control.backup_ok.next = self.backup_ok_sync.sig_out.val();
        self.control.bios_vault_done.next = self.bios_vault_done_sync.sig_out.val();
        self.control.bios_vault_failed.next = self.bios_vault_failed_sync.sig_out.val();
        self.control.power_button.next = self.power_button_sync.sig_out.val();
        self.control.pg.next = self.pg_sync.q.val();
        self.rail_en.next = self.control.rail_en.val();
        self.cpu_reboot.next = self.control.cpu_reboot.val();
        self.power_off_flag.next = self.control.power_off_flag.val();
        self.power_fault.next = self.control.power_fault.val();

        self.registers.bus_request.next = self.control.ext_request.val();
        self.registers.bus_write.next = self.control.ext_write.val();
        self.registers.bus_address.next = self.control.ext_address.val();
        self.registers.bus_write_data.next = self.control.ext_write_data.val();
        self.control.ext_ack.next = self.registers.bus_ack.val();
        self.control.ext_read_data.next = self.registers.bus_read_data.val();

        self.self_test.start.next = self.registers.start.val();
        self.self_test.inject_fault.next = self.registers.inject_fault.val();
        self.self_test.stat_index.next = self.registers.stat_index.val();
        self.registers.stat_value.next = self.self_test.stat_value.val();
        self.registers.running.next = self.self_test.running.val();
        self.registers.passed.next = self.self_test.passed.val();
        self.registers.failed.next = self.self_test.failed.val();
        self.registers.mismatch_kinds.next = self.self_test.mismatch_kinds.val();
        self.registers.frames_sent.next = self.self_test.frames_sent.val();
        self.registers.frames_checked.next = self.self_test.frames_checked.val();
        self.registers.mismatches.next = self.self_test.mismatches.val();
        self.registers.first_mismatch.next = self.self_test.first_mismatch.val();
        self.registers.run_cycles.next = self.self_test.run_cycles.val();
        self.registers.runs.next = self.self_test.runs.val();
        self.registers.runs_passed.next = self.self_test.runs_passed.val();

        self.blink.d.next = self.blink.q.val() + self.one_32.val();
        self.led_heartbeat.next = self.blink.q.val().get_bit(24);
        self.led_self_test_running.next = self.self_test.running.val();
        self.led_self_test_passed.next = self.self_test.passed.val();
        self.led_self_test_failed.next = self.self_test.failed.val();
        self.led_power_fault.next = self.control.power_fault.val();
        self.led_power_off_flag.next = self.control.power_off_flag.val();
        self.led_cpu_reboot.next = self.control.cpu_reboot.val();
        self.led_cpu_rail.next = self.control.rail_en.val().get_bit(2);
    }
}

/// The bitstream's top: pins as `constraints/alchitry-cu.pcf` names them.
#[derive(LogicBlock)]
pub struct AlchitryCu {
    /// The 100 MHz oscillator.
    pub clock_100mhz: Signal<In, Clock>,
    /// The reset button (low when pressed).
    pub reset_n: Signal<In, Bit>,
    pub uart_rx: Signal<In, Bit>,
    pub uart_tx: Signal<Out, Bit>,
    /// The eight LEDs, in board order.
    pub led_heartbeat: Signal<Out, Bit>,
    pub led_self_test_running: Signal<Out, Bit>,
    pub led_self_test_passed: Signal<Out, Bit>,
    pub led_self_test_failed: Signal<Out, Bit>,
    pub led_power_fault: Signal<Out, Bit>,
    pub led_power_off_flag: Signal<Out, Bit>,
    pub led_cpu_reboot: Signal<Out, Bit>,
    pub led_cpu_rail: Signal<Out, Bit>,
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
    pll: ICE40PLLBlock<OSCILLATOR_HZ, CORE_CLOCK_HZ>,
    core: AlchitryCuCore,
    /// Reset until the PLL has locked and the button is released, synchronised to the core clock.
    reset_meta: DFF<Bit>,
    reset_sync: DFF<Bit>,
}

impl AlchitryCu {
    pub fn board() -> Self {
        Self {
            clock_100mhz: Default::default(),
            reset_n: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            led_heartbeat: Default::default(),
            led_self_test_running: Default::default(),
            led_self_test_passed: Default::default(),
            led_self_test_failed: Default::default(),
            led_power_fault: Default::default(),
            led_power_off_flag: Default::default(),
            led_cpu_reboot: Default::default(),
            led_cpu_rail: Default::default(),
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
            pll: Default::default(),
            core: AlchitryCuCore::board(),
            reset_meta: Default::default(),
            reset_sync: Default::default(),
        }
    }
}

impl Logic for AlchitryCu {
    #[hdl_gen]
    fn update(&mut self) {
        self.pll.clock_in.next = self.clock_100mhz.val();
        self.core.clock.next = self.pll.clock_out.val();
        self.reset_meta.clock.next = self.pll.clock_out.val();
        self.reset_sync.clock.next = self.pll.clock_out.val();
        self.reset_meta.d.next = !(self.pll.locked.val() & self.reset_n.val());
        self.reset_sync.d.next = self.reset_meta.q.val();
        self.core.reset.next = self.reset_sync.q.val();
        self.core.uart_rx.next = self.uart_rx.val();
        self.uart_tx.next = self.core.uart_tx.val();
        self.led_heartbeat.next = self.core.led_heartbeat.val();
        self.led_self_test_running.next = self.core.led_self_test_running.val();
        self.led_self_test_passed.next = self.core.led_self_test_passed.val();
        self.led_self_test_failed.next = self.core.led_self_test_failed.val();
        self.led_power_fault.next = self.core.led_power_fault.val();
        self.led_power_off_flag.next = self.core.led_power_off_flag.val();
        self.led_cpu_reboot.next = self.core.led_cpu_reboot.val();
        self.led_cpu_rail.next = self.core.led_cpu_rail.val();
        self.core.ac_ok.next = self.ac_ok.val();
        self.core.orderly_shutdown.next = self.orderly_shutdown.val();
        self.core.backup_ok.next = self.backup_ok.val();
        self.core.pg.next = self.pg.val();
        self.core.bios_vault_done.next = self.bios_vault_done.val();
        self.core.bios_vault_failed.next = self.bios_vault_failed.val();
        self.core.power_button.next = self.power_button.val();
        self.rail_en.next = self.core.rail_en.val();
        self.cpu_reboot.next = self.core.cpu_reboot.val();
        self.power_off_flag.next = self.core.power_off_flag.val();
        self.power_fault.next = self.core.power_fault.val();
    }
}
