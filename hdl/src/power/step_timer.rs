//! The sequencer's step timer: cycles in the current step (saturating), and whether each of the
//! step thresholds the state logic waits for has been reached. The comparisons are registered —
//! kept equal to `cycles >= threshold` by comparing with `threshold - 1` as the timer advances —
//! so no long counter comparison sits in front of the state logic (Fmax).

use super::config::PowerTimers;
use crate::constant::constant;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct StepTimer<const TIMER_BITS: usize> {
    pub clock: Signal<In, Clock>,
    /// A new step starts: the count and every `reached_*` start again from zero.
    pub restart: Signal<In, Bit>,
    pub cycles: Signal<Out, Bits<TIMER_BITS>>,
    pub reached_off_gap: Signal<Out, Bit>,
    pub reached_shed_gap: Signal<Out, Bit>,
    pub reached_pg_timeout: Signal<Out, Bit>,
    /// Two less than the pulse: `cpu_reboot` follows the state a cycle late.
    pub reached_reboot_pulse: Signal<Out, Bit>,
    timer: DFF<Bits<TIMER_BITS>>,
    off_gap: DFF<Bit>,
    shed_gap: DFF<Bit>,
    pg_timeout: DFF<Bit>,
    reboot_pulse: DFF<Bit>,
    off_gap_minus_one: Constant<Bits<TIMER_BITS>>,
    shed_gap_minus_one: Constant<Bits<TIMER_BITS>>,
    pg_timeout_minus_one: Constant<Bits<TIMER_BITS>>,
    reboot_pulse_minus_two: Constant<Bits<TIMER_BITS>>,
    no_cycles: Constant<Bits<TIMER_BITS>>,
    one_cycle: Constant<Bits<TIMER_BITS>>,
}

impl<const TIMER_BITS: usize> StepTimer<TIMER_BITS> {
    pub fn new(t: &PowerTimers) -> Self {
        let cycles = |v: u32| constant(v as u64);
        Self {
            clock: Default::default(),
            restart: Default::default(),
            cycles: Default::default(),
            reached_off_gap: Default::default(),
            reached_shed_gap: Default::default(),
            reached_pg_timeout: Default::default(),
            reached_reboot_pulse: Default::default(),
            timer: Default::default(),
            off_gap: Default::default(),
            shed_gap: Default::default(),
            pg_timeout: Default::default(),
            reboot_pulse: Default::default(),
            off_gap_minus_one: cycles(t.off_gap - 1),
            shed_gap_minus_one: cycles(t.shed_gap - 1),
            pg_timeout_minus_one: cycles(t.pg_timeout - 1),
            reboot_pulse_minus_two: cycles(t.reboot_pulse - 2),
            no_cycles: cycles(0),
            one_cycle: cycles(1),
        }
    }
}

impl<const TIMER_BITS: usize> Logic for StepTimer<TIMER_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, timer, off_gap, shed_gap, pg_timeout, reboot_pulse);
        self.cycles.next = self.timer.q.val();
        self.reached_off_gap.next = self.off_gap.q.val();
        self.reached_shed_gap.next = self.shed_gap.q.val();
        self.reached_pg_timeout.next = self.pg_timeout.q.val();
        self.reached_reboot_pulse.next = self.reboot_pulse.q.val();
        if !self.timer.q.val().all() {
            self.timer.d.next = self.timer.q.val() + self.one_cycle.val();
        }
        self.off_gap.d.next = self.timer.q.val() >= self.off_gap_minus_one.val();
        self.shed_gap.d.next = self.timer.q.val() >= self.shed_gap_minus_one.val();
        self.pg_timeout.d.next = self.timer.q.val() >= self.pg_timeout_minus_one.val();
        self.reboot_pulse.d.next = self.timer.q.val() >= self.reboot_pulse_minus_two.val();
        if self.restart.val() {
            self.timer.d.next = self.no_cycles.val();
            self.off_gap.d.next = false;
            self.shed_gap.d.next = false;
            self.pg_timeout.d.next = false;
            self.reboot_pulse.d.next = false;
        }
    }
}
