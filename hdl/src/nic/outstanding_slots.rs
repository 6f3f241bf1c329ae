//! Which capsule slots hold an outstanding command: a bit per slot (QP × slot) in registers, so
//! the capsule receiver can pick a free one while the engine works. The engine `set`s or `clear`s
//! the slot it addresses; a QP set up again (`cfg_take`) frees all its slots; a sweep clears the
//! slots it completes or drops (`sweep_clear`, while `sweeping`).

use crate::constant::constant;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct OutstandingSlots<const QP_BITS: usize, const SLOT_BITS: usize, const SLOT_ADDRESS_BITS: usize, const SLOTS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub slot_address: Signal<In, Bits<SLOT_ADDRESS_BITS>>,
    pub slot_busy: Signal<Out, Bit>,
    pub set: Signal<In, Bit>,
    pub clear: Signal<In, Bit>,
    pub cfg_take: Signal<In, Bit>,
    pub cfg_qp: Signal<In, Bits<QP_BITS>>,
    pub sweeping: Signal<In, Bit>,
    pub sweep_clear: Signal<In, Bits<SLOTS>>,
    pub busy: Signal<Out, Bits<SLOTS>>,
    /// The slots of a QP set up again (for the receiver), in that cycle.
    pub freed: Signal<Out, Bits<SLOTS>>,
    busy_slots: DFF<Bits<SLOTS>>,
    slot_bit: Signal<Local, Bits<SLOTS>>,
    set_bits: Signal<Local, Bits<SLOTS>>,
    clear_bits: Signal<Local, Bits<SLOTS>>,
    first_slot_bit: Constant<Bits<SLOTS>>,
    qp_slot_mask: Constant<Bits<SLOTS>>,
    slot_shift: Constant<Bits<SLOTS>>,
    no_slots: Constant<Bits<SLOTS>>,
}

impl<const QP_BITS: usize, const SLOT_BITS: usize, const SLOT_ADDRESS_BITS: usize, const SLOTS: usize> Default
    for OutstandingSlots<QP_BITS, SLOT_BITS, SLOT_ADDRESS_BITS, SLOTS>
{
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            slot_address: Default::default(),
            slot_busy: Default::default(),
            set: Default::default(),
            clear: Default::default(),
            cfg_take: Default::default(),
            cfg_qp: Default::default(),
            sweeping: Default::default(),
            sweep_clear: Default::default(),
            busy: Default::default(),
            freed: Default::default(),
            busy_slots: Default::default(),
            slot_bit: Default::default(),
            set_bits: Default::default(),
            clear_bits: Default::default(),
            first_slot_bit: constant(1),
            qp_slot_mask: constant((1u64 << (1 << SLOT_BITS)) - 1),
            slot_shift: constant(SLOT_BITS as u64),
            no_slots: constant(0),
        }
    }
}

impl<const QP_BITS: usize, const SLOT_BITS: usize, const SLOT_ADDRESS_BITS: usize, const SLOTS: usize> Logic
    for OutstandingSlots<QP_BITS, SLOT_BITS, SLOT_ADDRESS_BITS, SLOTS>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, busy_slots);
        self.busy.next = self.busy_slots.q.val();
        // The addressed slot's bit and the QP's mask are built only in the cycles that use them:
        // the same logic, and the simulator skips two shifts across every slot the rest of the
        // time (issue 25).
        self.slot_busy.next = self.busy_slots.q.val().get_bit(self.slot_address.val().index());
        self.slot_bit.next = self.no_slots.val();
        if self.set.val() | self.clear.val() {
            self.slot_bit.next = self.first_slot_bit.val() << bit_cast::<SLOTS, SLOT_ADDRESS_BITS>(self.slot_address.val());
        }
        self.set_bits.next = self.no_slots.val();
        if self.set.val() {
            self.set_bits.next = self.slot_bit.val();
        }
        self.clear_bits.next = self.no_slots.val();
        if self.sweeping.val() {
            self.clear_bits.next = self.sweep_clear.val();
        }
        if self.clear.val() {
            self.clear_bits.next = self.slot_bit.val();
        }
        self.freed.next = self.no_slots.val();
        if self.cfg_take.val() {
            self.freed.next = self.qp_slot_mask.val() << (bit_cast::<SLOTS, QP_BITS>(self.cfg_qp.val()) << self.slot_shift.val());
            self.clear_bits.next = self.freed.val();
        }
        self.busy_slots.d.next = (self.busy_slots.q.val() | self.set_bits.val()) & !self.clear_bits.val();
        if self.reset.val() {
            self.busy_slots.d.next = self.no_slots.val();
        }
    }
}
