//! The failover supervisor (docs/controller-link.md): decides, once for all connectors, that a controller
//! has failed, and when it may serve again.
//!
//! A controller fails when its `link_up` is low or nothing (heartbeats included) has come from it
//! on any link for `heartbeat_timeout` cycles (0: no heartbeat supervision). From the next cycle it
//! is `fenced` (the back-end fence output too) and every connector gets `fail_start`. A fenced
//! controller whose link is up gets `FENCE` from every connector (`fence_request`); once each
//! connector has seen its `FENCE_ACK` the controller is `readmit`ted and unfenced. Failback is a
//! pulse passed to every connector. Counted: failovers, failbacks, and the cycles from the last
//! detection to the first work request a connector passes on for the controller that took over.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct FailoverSupervisor<const CONNECTORS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub link_up: Signal<In, Bits<2>>,
    pub heartbeat_timeout: Signal<In, Bits<16>>,
    /// From the connectors (OR of their pulses): a beat came from controller c; a work request
    /// caused by controller c went to the requester.
    pub heard: Signal<In, Bits<2>>,
    pub work_from: Signal<In, Bits<2>>,
    /// Bit k: connector k saw the controller's `FENCE_ACK` this cycle.
    pub fence_acked_a: Signal<In, Bits<CONNECTORS>>,
    pub fence_acked_b: Signal<In, Bits<CONNECTORS>>,
    pub failback_request: Signal<In, Bit>,
    pub fenced: Signal<Out, Bits<2>>,
    pub available: Signal<Out, Bits<2>>,
    pub fail_start: Signal<Out, Bits<2>>,
    pub fence_request: Signal<Out, Bits<2>>,
    pub readmit: Signal<Out, Bits<2>>,
    pub failback: Signal<Out, Bit>,
    pub failovers: Signal<Out, Bits<32>>,
    pub failbacks: Signal<Out, Bits<32>>,
    pub last_failover_cycles: Signal<Out, Bits<32>>,
    fenced_state: DFF<Bits<2>>,
    fence_requested: DFF<Bits<2>>,
    acks_a: DFF<Bits<CONNECTORS>>,
    acks_b: DFF<Bits<CONNECTORS>>,
    silent_a: DFF<Bits<16>>,
    silent_b: DFF<Bits<16>>,
    fail_pulse: DFF<Bits<2>>,
    fence_pulse: DFF<Bits<2>>,
    readmit_pulse: DFF<Bits<2>>,
    failback_pulse: DFF<Bit>,
    failover_count: DFF<Bits<32>>,
    failback_count: DFF<Bits<32>>,
    measuring: DFF<Bit>,
    measure_target: DFF<Bits<2>>,
    measure_cycles: DFF<Bits<32>>,
    last_cycles: DFF<Bits<32>>,
    detect: Signal<Local, Bits<2>>,
    all_acked_a: Signal<Local, Bit>,
    fence_new: Signal<Local, Bits<2>>,
    readmit_new: Signal<Local, Bits<2>>,
    all_acked_b: Signal<Local, Bit>,
    bit_a: Constant<Bits<2>>,
    bit_b: Constant<Bits<2>>,
    zero_2: Constant<Bits<2>>,
    zero_16: Constant<Bits<16>>,
    one_16: Constant<Bits<16>>,
    max_16: Constant<Bits<16>>,
    zero_32: Constant<Bits<32>>,
    one_32: Constant<Bits<32>>,
    no_acks: Constant<Bits<CONNECTORS>>,
    all_acks: Constant<Bits<CONNECTORS>>,
}

impl<const CONNECTORS: usize> Default for FailoverSupervisor<CONNECTORS> {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            link_up: Default::default(),
            heartbeat_timeout: Default::default(),
            heard: Default::default(),
            work_from: Default::default(),
            fence_acked_a: Default::default(),
            fence_acked_b: Default::default(),
            failback_request: Default::default(),
            fenced: Default::default(),
            available: Default::default(),
            fail_start: Default::default(),
            fence_request: Default::default(),
            readmit: Default::default(),
            failback: Default::default(),
            failovers: Default::default(),
            failbacks: Default::default(),
            last_failover_cycles: Default::default(),
            fenced_state: Default::default(),
            fence_requested: Default::default(),
            acks_a: Default::default(),
            acks_b: Default::default(),
            silent_a: Default::default(),
            silent_b: Default::default(),
            fail_pulse: Default::default(),
            fence_pulse: Default::default(),
            readmit_pulse: Default::default(),
            failback_pulse: Default::default(),
            failover_count: Default::default(),
            failback_count: Default::default(),
            measuring: Default::default(),
            measure_target: Default::default(),
            measure_cycles: Default::default(),
            last_cycles: Default::default(),
            detect: Default::default(),
            all_acked_a: Default::default(),
            fence_new: Default::default(),
            readmit_new: Default::default(),
            all_acked_b: Default::default(),
            bit_a: Constant::new(1u64.to_bits()),
            bit_b: Constant::new(2u64.to_bits()),
            zero_2: Constant::new(0u64.to_bits()),
            zero_16: Constant::new(0u64.to_bits()),
            one_16: Constant::new(1u64.to_bits()),
            max_16: Constant::new(0xFFFFu64.to_bits()),
            zero_32: Constant::new(0u64.to_bits()),
            one_32: Constant::new(1u64.to_bits()),
            no_acks: Constant::new(0u64.to_bits()),
            all_acks: Constant::new(((1u64 << CONNECTORS) - 1).to_bits()),
        }
    }
}

impl<const CONNECTORS: usize> Logic for FailoverSupervisor<CONNECTORS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, fenced_state, fence_requested, acks_a, acks_b, silent_a, silent_b, fail_pulse, fence_pulse, readmit_pulse,
            failback_pulse, failover_count, failback_count, measuring, measure_target, measure_cycles, last_cycles
        );
        // Silence: cycles since anything came from a serving controller.
        self.silent_a.d.next = self.silent_a.q.val() + self.one_16.val();
        if self.silent_a.q.val() == self.max_16.val() {
            self.silent_a.d.next = self.max_16.val();
        }
        if self.heard.val().get_bit(0) | self.fenced_state.q.val().get_bit(0) | !self.link_up.val().get_bit(0) {
            self.silent_a.d.next = self.zero_16.val();
        }
        self.silent_b.d.next = self.silent_b.q.val() + self.one_16.val();
        if self.silent_b.q.val() == self.max_16.val() {
            self.silent_b.d.next = self.max_16.val();
        }
        if self.heard.val().get_bit(1) | self.fenced_state.q.val().get_bit(1) | !self.link_up.val().get_bit(1) {
            self.silent_b.d.next = self.zero_16.val();
        }
        // Detection: link down, or silent for the timeout.
        self.detect.next = self.zero_2.val();
        if !self.fenced_state.q.val().get_bit(0)
            & (!self.link_up.val().get_bit(0)
                | ((self.heartbeat_timeout.val() != self.zero_16.val()) & (self.silent_a.q.val() >= self.heartbeat_timeout.val())))
        {
            self.detect.next = self.bit_a.val();
        }
        if !self.fenced_state.q.val().get_bit(1)
            & (!self.link_up.val().get_bit(1)
                | ((self.heartbeat_timeout.val() != self.zero_16.val()) & (self.silent_b.q.val() >= self.heartbeat_timeout.val())))
        {
            self.detect.next = self.detect.val() | self.bit_b.val();
        }
        self.fail_pulse.d.next = self.detect.val();
        self.fenced_state.d.next = self.fenced_state.q.val() | self.detect.val();
        if self.detect.val().any() {
            self.failover_count.d.next = self.failover_count.q.val() + self.one_32.val();
            self.measuring.d.next = true;
            self.measure_cycles.d.next = self.zero_32.val();
            // The controller that takes over: the other one.
            self.measure_target.d.next = !self.detect.val();
        }

        // A fenced controller whose link is up: FENCE from every connector, then readmission.
        self.fence_new.next = self.zero_2.val();
        self.readmit_new.next = self.zero_2.val();
        self.all_acked_a.next = (self.acks_a.q.val() | self.fence_acked_a.val()) == self.all_acks.val();
        self.all_acked_b.next = (self.acks_b.q.val() | self.fence_acked_b.val()) == self.all_acks.val();
        self.acks_a.d.next = self.acks_a.q.val() | self.fence_acked_a.val();
        self.acks_b.d.next = self.acks_b.q.val() | self.fence_acked_b.val();
        if self.fenced_state.q.val().get_bit(0) & self.link_up.val().get_bit(0) {
            if !self.fence_requested.q.val().get_bit(0) {
                self.fence_new.next = self.bit_a.val();
                self.fence_requested.d.next = self.fence_requested.q.val() | self.bit_a.val();
                self.acks_a.d.next = self.no_acks.val();
            } else if self.all_acked_a.val() {
                self.readmit_new.next = self.bit_a.val();
                self.fenced_state.d.next = self.fenced_state.q.val() & !self.bit_a.val();
                self.fence_requested.d.next = self.fence_requested.q.val() & !self.bit_a.val();
            }
        }
        if !self.link_up.val().get_bit(0) {
            self.fence_requested.d.next = self.fence_requested.q.val() & !self.bit_a.val();
        }
        if self.fenced_state.q.val().get_bit(1) & self.link_up.val().get_bit(1) {
            if !self.fence_requested.q.val().get_bit(1) {
                self.fence_new.next = self.fence_new.val() | self.bit_b.val();
                self.fence_requested.d.next = self.fence_requested.q.val() | self.bit_b.val();
                self.acks_b.d.next = self.no_acks.val();
            } else if self.all_acked_b.val() {
                self.readmit_new.next = self.readmit_new.val() | self.bit_b.val();
                self.fenced_state.d.next = self.fenced_state.q.val() & !self.bit_b.val();
                self.fence_requested.d.next = self.fence_requested.q.val() & !self.bit_b.val();
            }
        }
        if !self.link_up.val().get_bit(1) {
            self.fence_requested.d.next = self.fence_requested.q.val() & !self.bit_b.val();
        }

        self.fence_pulse.d.next = self.fence_new.val();
        self.readmit_pulse.d.next = self.readmit_new.val();
        self.failback_pulse.d.next = self.failback_request.val();
        if self.failback_request.val() {
            self.failback_count.d.next = self.failback_count.q.val() + self.one_32.val();
        }
        if self.measuring.q.val() {
            self.measure_cycles.d.next = self.measure_cycles.q.val() + self.one_32.val();
            if (self.work_from.val() & self.measure_target.q.val()).any() {
                self.measuring.d.next = false;
                self.last_cycles.d.next = self.measure_cycles.q.val();
            }
        }

        self.fenced.next = self.fenced_state.q.val();
        self.available.next = self.link_up.val() & !self.fenced_state.q.val();
        self.fail_start.next = self.fail_pulse.q.val();
        self.fence_request.next = self.fence_pulse.q.val();
        self.readmit.next = self.readmit_pulse.q.val();
        self.failback.next = self.failback_pulse.q.val();
        self.failovers.next = self.failover_count.q.val();
        self.failbacks.next = self.failback_count.q.val();
        self.last_failover_cycles.next = self.last_cycles.q.val();
        if self.reset.val() {
            // After reset both controllers count as serving; one whose link is down fails at once.
            self.fenced_state.d.next = self.zero_2.val();
            self.fence_requested.d.next = self.zero_2.val();
            self.fail_pulse.d.next = self.zero_2.val();
            self.fence_pulse.d.next = self.zero_2.val();
            self.readmit_pulse.d.next = self.zero_2.val();
            self.failback_pulse.d.next = false;
            self.silent_a.d.next = self.zero_16.val();
            self.silent_b.d.next = self.zero_16.val();
            self.failover_count.d.next = self.zero_32.val();
            self.failback_count.d.next = self.zero_32.val();
            self.measuring.d.next = false;
            self.last_cycles.d.next = self.zero_32.val();
        }
    }
}
