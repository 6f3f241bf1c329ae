//! The failover supervisor's requests to a connector (fail, fence, readmit per controller;
//! failback), each a one-cycle pulse that waits here until the engine is `free`. Then the first
//! pending of fail, fence (once the emitter is idle), readmit, failback, A before B, is carried
//! out this cycle: a `sweep` of `kind` over `controller`'s QPs, or a `FENCE` to `controller`. `fence_sent` holds the controllers fenced and not yet
//! answered (a fail forgets its controller's).

use super::sweeper::SweepKind;
use crate::constant::constant;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct SupervisorRequests {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub fail_start: Signal<In, Bits<2>>,
    pub fence_request: Signal<In, Bits<2>>,
    pub readmit: Signal<In, Bits<2>>,
    pub failback: Signal<In, Bit>,
    /// The engine is between events and takes a request; the emitter can take a `FENCE`.
    pub free: Signal<In, Bit>,
    pub emit_idle: Signal<In, Bit>,
    /// A controller answered a `FENCE` (bit 0 = A).
    pub fence_acked: Signal<In, Bits<2>>,
    pub sweep: Signal<Out, Bit>,
    pub fence: Signal<Out, Bit>,
    pub kind: Signal<Out, SweepKind>,
    pub controller: Signal<Out, Bit>,
    pub fence_sent: Signal<Out, Bits<2>>,
    fail: DFF<Bits<2>>,
    fence_waiting: DFF<Bits<2>>,
    readmit_waiting: DFF<Bits<2>>,
    failback_waiting: DFF<Bit>,
    fenced_unanswered: DFF<Bits<2>>,
    /// The controller served next (bit 0 = A).
    pick: Signal<Local, Bits<2>>,
    controller_a: Constant<Bits<2>>,
    controller_b: Constant<Bits<2>>,
    none: Constant<Bits<2>>,
}

impl Default for SupervisorRequests {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            fail_start: Default::default(),
            fence_request: Default::default(),
            readmit: Default::default(),
            failback: Default::default(),
            free: Default::default(),
            emit_idle: Default::default(),
            fence_acked: Default::default(),
            sweep: Default::default(),
            fence: Default::default(),
            kind: Default::default(),
            controller: Default::default(),
            fence_sent: Default::default(),
            fail: Default::default(),
            fence_waiting: Default::default(),
            readmit_waiting: Default::default(),
            failback_waiting: Default::default(),
            fenced_unanswered: Default::default(),
            pick: Default::default(),
            controller_a: constant(1),
            controller_b: constant(2),
            none: constant(0),
        }
    }
}

impl Logic for SupervisorRequests {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, fail, fence_waiting, readmit_waiting, failback_waiting, fenced_unanswered);
        self.pick.next = self.controller_b.val();
        if self.fail.q.val().get_bit(0) {
            self.pick.next = self.controller_a.val();
        }
        if !self.fail.q.val().any() & self.fence_waiting.q.val().get_bit(0) {
            self.pick.next = self.controller_a.val();
        }
        if !self.fail.q.val().any() & !self.fence_waiting.q.val().any() & self.readmit_waiting.q.val().get_bit(0) {
            self.pick.next = self.controller_a.val();
        }
        self.controller.next = self.pick.val().get_bit(1);
        self.fence_sent.next = self.fenced_unanswered.q.val();
        self.fail.d.next = self.fail.q.val() | self.fail_start.val();
        self.fence_waiting.d.next = self.fence_waiting.q.val() | self.fence_request.val();
        self.readmit_waiting.d.next = self.readmit_waiting.q.val() | self.readmit.val();
        self.failback_waiting.d.next = self.failback_waiting.q.val() | self.failback.val();
        self.fenced_unanswered.d.next = self.fenced_unanswered.q.val() & !self.fence_acked.val();
        self.sweep.next = false;
        self.fence.next = false;
        self.kind.next = SweepKind::Fail;
        if self.free.val() {
            if self.fail.q.val().any() {
                self.sweep.next = true;
                self.fail.d.next = (self.fail.q.val() & !self.pick.val()) | self.fail_start.val();
                self.fenced_unanswered.d.next = self.fenced_unanswered.q.val() & !self.pick.val();
            } else if self.fence_waiting.q.val().any() & self.emit_idle.val() {
                self.fence.next = true;
                self.fence_waiting.d.next = (self.fence_waiting.q.val() & !self.pick.val()) | self.fence_request.val();
                self.fenced_unanswered.d.next = self.fenced_unanswered.q.val() | self.pick.val();
            } else if self.readmit_waiting.q.val().any() & !self.fence_waiting.q.val().any() {
                self.sweep.next = true;
                self.kind.next = SweepKind::Readmit;
                self.readmit_waiting.d.next = (self.readmit_waiting.q.val() & !self.pick.val()) | self.readmit.val();
            } else if self.failback_waiting.q.val() & !self.fence_waiting.q.val().any() & !self.readmit_waiting.q.val().any() {
                self.sweep.next = true;
                self.kind.next = SweepKind::Failback;
                self.failback_waiting.d.next = self.failback.val();
            }
        }
        if self.reset.val() {
            self.fail.d.next = self.none.val();
            self.fence_waiting.d.next = self.none.val();
            self.readmit_waiting.d.next = self.none.val();
            self.failback_waiting.d.next = false;
            self.fenced_unanswered.d.next = self.none.val();
        }
    }
}
