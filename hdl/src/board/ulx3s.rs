//! The ULX3S (Lattice ECP5-85F, CABGA381, 25 MHz oscillator): the whole-path self-test in
//! silicon. The NIC core does not fit the Alchitry Cu's iCE40-HX8K (docs/board.md), so this board
//! carries it: the core's small configuration between host frames from block RAM and the frame
//! checker, loopback controllers on both connectors' links ([`NicSelfTest`]), on the oscillator's
//! clock. The Alchitry Cu keeps the control plane, the power sequencer and the receive self-test.
//!
//! The self-test runs once after configuration; FIRE1 runs it again, FIRE2 runs it with a fault
//! injected (that run must fail). LEDs, in board order (`led[0]` … `led[7]`): heartbeat (bit 23
//! of a free-running counter: 1.5 Hz at 25 MHz), running, passed, failed, failed over (the run
//! moved QP 0 from controller A to B), and the mismatch kinds of the last run: ACK, SEND (or a
//! frame beyond the expected ones), timeout.

use super::nic_self_test::{MISMATCH_ACK, MISMATCH_SEND, MISMATCH_TIMEOUT, MISMATCH_UNEXPECTED};
use crate::board::nic_self_test::BoardNicSelfTest;
use rust_hdl::prelude::*;

/// The oscillator, which is also the core clock.
pub const ULX3S_CLOCK_HZ: u64 = 25_000_000;

#[derive(LogicBlock)]
pub struct Ulx3s {
    /// The 25 MHz oscillator (ball G2), the core clock.
    pub clock: Signal<In, Clock>,
    /// Buttons FIRE1 and FIRE2 (high when pressed, pulled down).
    pub btn_fire1: Signal<In, Bit>,
    pub btn_fire2: Signal<In, Bit>,
    pub led_heartbeat: Signal<Out, Bit>,
    pub led_self_test_running: Signal<Out, Bit>,
    pub led_self_test_passed: Signal<Out, Bit>,
    pub led_self_test_failed: Signal<Out, Bit>,
    pub led_failed_over: Signal<Out, Bit>,
    pub led_mismatch_ack: Signal<Out, Bit>,
    pub led_mismatch_send: Signal<Out, Bit>,
    pub led_timeout: Signal<Out, Bit>,
    self_test: BoardNicSelfTest,
    fire1_sync: BitSynchronizer,
    fire2_sync: BitSynchronizer,
    /// The buttons as last seen: a run starts on a press, not while a button is held.
    fire1_seen: DFF<Bit>,
    fire2_seen: DFF<Bit>,
    /// Cycles since configuration (flip-flops start at 0): the self-test is held in reset until
    /// it has counted to the end.
    power_on: DFF<Bits<4>>,
    blink: DFF<Bits<32>>,
    power_on_done: Constant<Bits<4>>,
    one_4: Constant<Bits<4>>,
    one_32: Constant<Bits<32>>,
    zero_32: Constant<Bits<32>>,
    kind_ack: Constant<Bits<4>>,
    kind_send: Constant<Bits<4>>,
    kind_timeout: Constant<Bits<4>>,
}

impl Ulx3s {
    pub fn board() -> Self {
        let kind = |k: u64| Constant::new(k.to_bits());
        Self {
            clock: Default::default(),
            btn_fire1: Default::default(),
            btn_fire2: Default::default(),
            led_heartbeat: Default::default(),
            led_self_test_running: Default::default(),
            led_self_test_passed: Default::default(),
            led_self_test_failed: Default::default(),
            led_failed_over: Default::default(),
            led_mismatch_ack: Default::default(),
            led_mismatch_send: Default::default(),
            led_timeout: Default::default(),
            self_test: BoardNicSelfTest::committed(),
            fire1_sync: Default::default(),
            fire2_sync: Default::default(),
            fire1_seen: Default::default(),
            fire2_seen: Default::default(),
            power_on: Default::default(),
            blink: Default::default(),
            power_on_done: Constant::new(15u64.to_bits()),
            one_4: Constant::new(1u64.to_bits()),
            one_32: Constant::new(1u64.to_bits()),
            zero_32: Constant::new(0u64.to_bits()),
            kind_ack: kind(MISMATCH_ACK),
            kind_send: kind(MISMATCH_SEND | MISMATCH_UNEXPECTED),
            kind_timeout: kind(MISMATCH_TIMEOUT),
        }
    }
}

impl Logic for Ulx3s {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, fire1_seen, fire2_seen, power_on, blink);
        clock!(self, clock, self_test, fire1_sync, fire2_sync);
        if self.power_on.q.val() != self.power_on_done.val() {
            self.power_on.d.next = self.power_on.q.val() + self.one_4.val();
        }
        self.self_test.reset.next = self.power_on.q.val() != self.power_on_done.val();

        self.fire1_sync.sig_in.next = self.btn_fire1.val();
        self.fire2_sync.sig_in.next = self.btn_fire2.val();
        self.fire1_seen.d.next = self.fire1_sync.sig_out.val();
        self.fire2_seen.d.next = self.fire2_sync.sig_out.val();
        self.self_test.start.next =
            (self.fire1_sync.sig_out.val() & !self.fire1_seen.q.val()) | (self.fire2_sync.sig_out.val() & !self.fire2_seen.q.val());
        self.self_test.inject_fault.next = self.fire2_sync.sig_out.val();

        self.blink.d.next = self.blink.q.val() + self.one_32.val();
        self.led_heartbeat.next = self.blink.q.val().get_bit(23);
        self.led_self_test_running.next = self.self_test.running.val();
        self.led_self_test_passed.next = self.self_test.passed.val();
        self.led_self_test_failed.next = self.self_test.failed.val();
        self.led_failed_over.next = self.self_test.failovers.val() != self.zero_32.val();
        self.led_mismatch_ack.next = (self.self_test.mismatch_kinds.val() & self.kind_ack.val()).any();
        self.led_mismatch_send.next = (self.self_test.mismatch_kinds.val() & self.kind_send.val()).any();
        self.led_timeout.next = (self.self_test.mismatch_kinds.val() & self.kind_timeout.val()).any();
    }
}
