//! How long a level has held: consecutive cycles it has been high (saturating), and a registered
//! `reached` that is `held for >= threshold` one cycle on — the filters of the sequencer's
//! power-goods (a rail settling, an expected one lost, every expected one good).

use crate::constant::constant;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct HeldFor<const TIMER_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub level: Signal<In, Bit>,
    /// Low: count and `reached` keep their values.
    pub enable: Signal<In, Bit>,
    /// Start again from zero (wins over `level`).
    pub restart: Signal<In, Bit>,
    pub reached: Signal<Out, Bit>,
    count: DFF<Bits<TIMER_BITS>>,
    reached_flag: DFF<Bit>,
    /// The count is one behind the level and `reached` one cycle late: threshold - 2.
    threshold_minus_two: Constant<Bits<TIMER_BITS>>,
    no_cycles: Constant<Bits<TIMER_BITS>>,
    one_cycle: Constant<Bits<TIMER_BITS>>,
}

impl<const TIMER_BITS: usize> HeldFor<TIMER_BITS> {
    /// `threshold`: at least 2 cycles (a registered comparison starts false).
    pub fn new(threshold: u32) -> Self {
        assert!(threshold >= 2, "a filter of {threshold} cycles filters nothing");
        Self {
            clock: Default::default(),
            level: Default::default(),
            enable: Default::default(),
            restart: Default::default(),
            reached: Default::default(),
            count: Default::default(),
            reached_flag: Default::default(),
            threshold_minus_two: constant(threshold as u64 - 2),
            no_cycles: constant(0),
            one_cycle: constant(1),
        }
    }
}

impl<const TIMER_BITS: usize> Logic for HeldFor<TIMER_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, count, reached_flag);
        self.reached.next = self.reached_flag.q.val();
        if self.enable.val() {
            self.count.d.next = self.no_cycles.val();
            self.reached_flag.d.next = false;
            if self.level.val() {
                self.reached_flag.d.next = self.count.q.val() >= self.threshold_minus_two.val();
                self.count.d.next = self.count.q.val();
                if !self.count.q.val().all() {
                    self.count.d.next = self.count.q.val() + self.one_cycle.val();
                }
            }
        }
        if self.restart.val() {
            self.count.d.next = self.no_cycles.val();
            self.reached_flag.d.next = false;
        }
    }
}
