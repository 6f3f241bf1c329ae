//! A two-entry register slice for valid/ready handshakes.
//!
//! Every output (`out_valid`, `out_data`, `in_ready`) comes straight from a flip-flop, so a chain
//! of blocks joined by skid buffers has no combinational path through the handshake, yet the
//! buffer still moves one item per cycle: when the consumer stalls, the item that was already in
//! flight lands in the skid register instead of being lost.

use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct SkidBuffer<T: Synth> {
    pub clock: Signal<In, Clock>,
    /// Synchronous, active high: empties the buffer.
    pub reset: Signal<In, Bit>,
    pub in_data: Signal<In, T>,
    pub in_valid: Signal<In, Bit>,
    pub in_ready: Signal<Out, Bit>,
    pub out_data: Signal<Out, T>,
    pub out_valid: Signal<Out, Bit>,
    pub out_ready: Signal<In, Bit>,
    /// The item presented downstream.
    main_data: DFF<T>,
    main_valid: DFF<Bit>,
    /// The item accepted while downstream stalled.
    skid_data: DFF<T>,
    skid_valid: DFF<Bit>,
}

impl<T: Synth> Logic for SkidBuffer<T> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, main_data, main_valid, skid_data, skid_valid);
        self.in_ready.next = !self.skid_valid.q.val();
        self.out_data.next = self.main_data.q.val();
        self.out_valid.next = self.main_valid.q.val();
        if self.out_ready.val() | !self.main_valid.q.val() {
            // The main register is free (or being emptied this cycle): refill it, the skid first.
            if self.skid_valid.q.val() {
                self.main_data.d.next = self.skid_data.q.val();
                self.main_valid.d.next = true;
                self.skid_valid.d.next = false;
            } else {
                self.main_data.d.next = self.in_data.val();
                self.main_valid.d.next = self.in_valid.val();
            }
        } else if !self.skid_valid.q.val() {
            // Downstream stalled: park whatever arrives. The data's enable ignores `in_valid` (an
            // empty skid's data is never shown), which keeps the producer's handshake off the
            // wide enable: only the valid bit waits for it.
            self.skid_data.d.next = self.in_data.val();
            self.skid_valid.d.next = self.in_valid.val();
        }
        if self.reset.val() {
            self.main_valid.d.next = false;
            self.skid_valid.d.next = false;
        }
    }
}
