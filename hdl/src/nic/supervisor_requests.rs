//! The failover supervisor's requests to a connector (fail, fence, readmit per controller;
//! failback), each a one-cycle pulse that waits here until the engine is free and `take`s it.
//! `pick` is the controller the engine serves next (bit 0 = A): the first of fail, fence, readmit
//! that is pending, A before B.

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
    /// The engine takes the `pick`ed controller's fail, fence or readmit, or the failback.
    pub take_fail: Signal<In, Bit>,
    pub take_fence: Signal<In, Bit>,
    pub take_readmit: Signal<In, Bit>,
    pub take_failback: Signal<In, Bit>,
    pub fail_pending: Signal<Out, Bits<2>>,
    pub fence_pending: Signal<Out, Bits<2>>,
    pub readmit_pending: Signal<Out, Bits<2>>,
    pub failback_pending: Signal<Out, Bit>,
    pub pick: Signal<Out, Bits<2>>,
    fail: DFF<Bits<2>>,
    fence: DFF<Bits<2>>,
    readmit_waiting: DFF<Bits<2>>,
    failback_waiting: DFF<Bit>,
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
            take_fail: Default::default(),
            take_fence: Default::default(),
            take_readmit: Default::default(),
            take_failback: Default::default(),
            fail_pending: Default::default(),
            fence_pending: Default::default(),
            readmit_pending: Default::default(),
            failback_pending: Default::default(),
            pick: Default::default(),
            fail: Default::default(),
            fence: Default::default(),
            readmit_waiting: Default::default(),
            failback_waiting: Default::default(),
            controller_a: constant(1),
            controller_b: constant(2),
            none: constant(0),
        }
    }
}

impl Logic for SupervisorRequests {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, fail, fence, readmit_waiting, failback_waiting);
        self.fail_pending.next = self.fail.q.val();
        self.fence_pending.next = self.fence.q.val();
        self.readmit_pending.next = self.readmit_waiting.q.val();
        self.failback_pending.next = self.failback_waiting.q.val();
        self.pick.next = self.controller_b.val();
        if self.fail.q.val().get_bit(0) {
            self.pick.next = self.controller_a.val();
        }
        if !self.fail.q.val().any() & self.fence.q.val().get_bit(0) {
            self.pick.next = self.controller_a.val();
        }
        if !self.fail.q.val().any() & !self.fence.q.val().any() & self.readmit_waiting.q.val().get_bit(0) {
            self.pick.next = self.controller_a.val();
        }
        self.fail.d.next = self.fail.q.val() | self.fail_start.val();
        self.fence.d.next = self.fence.q.val() | self.fence_request.val();
        self.readmit_waiting.d.next = self.readmit_waiting.q.val() | self.readmit.val();
        self.failback_waiting.d.next = self.failback_waiting.q.val() | self.failback.val();
        if self.take_fail.val() {
            self.fail.d.next = (self.fail.q.val() & !self.pick.val()) | self.fail_start.val();
        }
        if self.take_fence.val() {
            self.fence.d.next = (self.fence.q.val() & !self.pick.val()) | self.fence_request.val();
        }
        if self.take_readmit.val() {
            self.readmit_waiting.d.next = (self.readmit_waiting.q.val() & !self.pick.val()) | self.readmit.val();
        }
        if self.take_failback.val() {
            self.failback_waiting.d.next = self.failback.val();
        }
        if self.reset.val() {
            self.fail.d.next = self.none.val();
            self.fence.d.next = self.none.val();
            self.readmit_waiting.d.next = self.none.val();
            self.failback_waiting.d.next = false;
        }
    }
}
