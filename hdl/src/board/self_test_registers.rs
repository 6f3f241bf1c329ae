//! The `selftest` register block (`registers::map::SELFTEST`) on the control plane's external bus
//! port: the receive self-test's status, counters and start, and the parser's counter bank.
//! A request in cycle t is answered in t+1 (`ack` registered); a counter-bank read names its
//! index in cycle t and the bank's value is passed through in t+1.

use crate::counters::COUNTER_INDEX_BITS;
use crate::registers::map::SELFTEST;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct SelfTestRegisters {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub bus_request: Signal<In, Bit>,
    pub bus_write: Signal<In, Bit>,
    pub bus_address: Signal<In, Bits<16>>,
    pub bus_write_data: Signal<In, Bits<32>>,
    pub bus_ack: Signal<Out, Bit>,
    pub bus_read_data: Signal<Out, Bits<32>>,
    /// To the self-test.
    pub start: Signal<Out, Bit>,
    pub inject_fault: Signal<Out, Bit>,
    pub running: Signal<In, Bit>,
    pub passed: Signal<In, Bit>,
    pub failed: Signal<In, Bit>,
    pub mismatch_kinds: Signal<In, Bits<4>>,
    pub frames_sent: Signal<In, Bits<16>>,
    pub frames_checked: Signal<In, Bits<16>>,
    pub mismatches: Signal<In, Bits<16>>,
    pub first_mismatch: Signal<In, Bits<16>>,
    pub run_cycles: Signal<In, Bits<32>>,
    pub runs: Signal<In, Bits<16>>,
    pub runs_passed: Signal<In, Bits<16>>,
    pub stat_index: Signal<Out, Bits<COUNTER_INDEX_BITS>>,
    pub stat_value: Signal<In, Bits<32>>,
    ack: DFF<Bit>,
    read_data: DFF<Bits<32>>,
    /// The answer is the counter bank's value.
    counter_read: DFF<Bit>,
    start_pulse: DFF<Bit>,
    fault_pulse: DFF<Bit>,
    selected: Signal<Local, Bit>,
    offset: Signal<Local, Bits<16>>,
    status: Signal<Local, Bits<32>>,
    block_base: Constant<Bits<16>>,
    block_mask: Constant<Bits<16>>,
    counters_base: Constant<Bits<16>>,
    counters_mask: Constant<Bits<16>>,
    at_status: Constant<Bits<16>>,
    at_control: Constant<Bits<16>>,
    at_image_frames: Constant<Bits<16>>,
    at_frames_sent: Constant<Bits<16>>,
    at_frames_checked: Constant<Bits<16>>,
    at_mismatches: Constant<Bits<16>>,
    at_first_mismatch: Constant<Bits<16>>,
    at_run_cycles: Constant<Bits<16>>,
    at_runs: Constant<Bits<16>>,
    at_runs_passed: Constant<Bits<16>>,
    image_frames: Constant<Bits<32>>,
    kinds_shift: Constant<Bits<32>>,
    running_bit: Constant<Bits<32>>,
    passed_bit: Constant<Bits<32>>,
    failed_bit: Constant<Bits<32>>,
    zero_32: Constant<Bits<32>>,
}

impl SelfTestRegisters {
    pub fn new(image_frames: usize) -> Self {
        let at = |name: &str| Constant::new((SELFTEST.register(name).offset as u64).to_bits());
        let status = SELFTEST.register("STATUS");
        let bit = |name: &str| Constant::new((1u64 << status.field(name).lsb).to_bits());
        assert_eq!(
            ["MISMATCH_VERDICT", "MISMATCH_DESCRIPTOR", "MISMATCH_PAYLOAD", "TIMEOUT"].map(|f| status.field(f).lsb),
            [4, 5, 6, 7],
            "STATUS carries the mismatch kinds (rx_self_test::MISMATCH_*) from bit 4"
        );
        let counters = SELFTEST.register("RX_ACCEPTED").offset as u64;
        assert_eq!(counters % 32, 0, "the parser's counters are 32 words aligned");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            bus_request: Default::default(),
            bus_write: Default::default(),
            bus_address: Default::default(),
            bus_write_data: Default::default(),
            bus_ack: Default::default(),
            bus_read_data: Default::default(),
            start: Default::default(),
            inject_fault: Default::default(),
            running: Default::default(),
            passed: Default::default(),
            failed: Default::default(),
            mismatch_kinds: Default::default(),
            frames_sent: Default::default(),
            frames_checked: Default::default(),
            mismatches: Default::default(),
            first_mismatch: Default::default(),
            run_cycles: Default::default(),
            runs: Default::default(),
            runs_passed: Default::default(),
            stat_index: Default::default(),
            stat_value: Default::default(),
            ack: Default::default(),
            read_data: Default::default(),
            counter_read: Default::default(),
            start_pulse: Default::default(),
            fault_pulse: Default::default(),
            selected: Default::default(),
            offset: Default::default(),
            status: Default::default(),
            block_base: Constant::new((SELFTEST.base as u64).to_bits()),
            block_mask: Constant::new(0xFF00u64.to_bits()),
            counters_base: Constant::new(counters.to_bits()),
            counters_mask: Constant::new(0xE0u64.to_bits()),
            at_status: at("STATUS"),
            at_control: at("CONTROL"),
            at_image_frames: at("IMAGE_FRAMES"),
            at_frames_sent: at("FRAMES_SENT"),
            at_frames_checked: at("FRAMES_CHECKED"),
            at_mismatches: at("MISMATCHES"),
            at_first_mismatch: at("FIRST_MISMATCH"),
            at_run_cycles: at("RUN_CYCLES"),
            at_runs: at("RUNS"),
            at_runs_passed: at("RUNS_PASSED"),
            image_frames: Constant::new((image_frames as u64).to_bits()),
            kinds_shift: Constant::new((status.field("MISMATCH_VERDICT").lsb as u64).to_bits()),
            running_bit: bit("RUNNING"),
            passed_bit: bit("PASSED"),
            failed_bit: bit("FAILED"),
            zero_32: Constant::new(0u64.to_bits()),
        }
    }
}

impl Logic for SelfTestRegisters {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, ack, read_data, counter_read, start_pulse, fault_pulse);
        self.offset.next = self.bus_address.val() & !self.block_mask.val();
        self.selected.next = self.bus_request.val() & ((self.bus_address.val() & self.block_mask.val()) == self.block_base.val());
        self.stat_index.next = self.bus_address.val().get_bits::<COUNTER_INDEX_BITS>(0);
        self.start_pulse.d.next = false;
        self.fault_pulse.d.next = false;
        if self.selected.val() & self.bus_write.val() & (self.offset.val() == self.at_control.val()) {
            self.start_pulse.d.next = self.bus_write_data.val().get_bit(0);
            self.fault_pulse.d.next = self.bus_write_data.val().get_bit(0) & self.bus_write_data.val().get_bit(1);
        }
        self.start.next = self.start_pulse.q.val();
        self.inject_fault.next = self.fault_pulse.q.val();
        self.status.next = bit_cast::<32, 4>(self.mismatch_kinds.val()) << self.kinds_shift.val();
        if self.running.val() {
            self.status.next = self.status.val() | self.running_bit.val();
        }
        if self.passed.val() {
            self.status.next = self.status.val() | self.passed_bit.val();
        }
        if self.failed.val() {
            self.status.next = self.status.val() | self.failed_bit.val();
        }
        // Reads, answered next cycle; unknown offsets read 0.
        self.ack.d.next = self.selected.val();
        self.counter_read.d.next = self.selected.val() & ((self.offset.val() & self.counters_mask.val()) == self.counters_base.val());
        self.read_data.d.next = self.zero_32.val();
        if self.offset.val() == self.at_status.val() {
            self.read_data.d.next = self.status.val();
        } else if self.offset.val() == self.at_image_frames.val() {
            self.read_data.d.next = self.image_frames.val();
        } else if self.offset.val() == self.at_frames_sent.val() {
            self.read_data.d.next = bit_cast::<32, 16>(self.frames_sent.val());
        } else if self.offset.val() == self.at_frames_checked.val() {
            self.read_data.d.next = bit_cast::<32, 16>(self.frames_checked.val());
        } else if self.offset.val() == self.at_mismatches.val() {
            self.read_data.d.next = bit_cast::<32, 16>(self.mismatches.val());
        } else if self.offset.val() == self.at_first_mismatch.val() {
            self.read_data.d.next = bit_cast::<32, 16>(self.first_mismatch.val());
        } else if self.offset.val() == self.at_run_cycles.val() {
            self.read_data.d.next = self.run_cycles.val();
        } else if self.offset.val() == self.at_runs.val() {
            self.read_data.d.next = bit_cast::<32, 16>(self.runs.val());
        } else if self.offset.val() == self.at_runs_passed.val() {
            self.read_data.d.next = bit_cast::<32, 16>(self.runs_passed.val());
        }
        if self.reset.val() {
            self.ack.d.next = false;
            self.counter_read.d.next = false;
            self.start_pulse.d.next = false;
            self.fault_pulse.d.next = false;
        }
        self.bus_ack.next = self.ack.q.val();
        self.bus_read_data.next = self.read_data.q.val();
        if self.counter_read.q.val() {
            self.bus_read_data.next = self.stat_value.val();
        }
    }
}
