//! The bytes of a 64-bit stream word that its `tkeep` keeps, as a mask (lane i is byte i, bits
//! 8i+7:8i): what a checker ANDs a word with before comparing or folding it, since the bytes
//! outside `tkeep` are not specified.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct KeepMask {
    pub keep: Signal<In, Bits<8>>,
    pub mask: Signal<Out, Bits<64>>,
    lane: Constant<Bits<64>>,
    none: Constant<Bits<64>>,
}

impl Default for KeepMask {
    fn default() -> Self {
        Self { keep: Default::default(), mask: Default::default(), lane: Constant::new(0xFFu64.to_bits()), none: Constant::new(0u64.to_bits()) }
    }
}

impl Logic for KeepMask {
    #[hdl_gen]
    fn update(&mut self) {
        self.mask.next = self.none.val();
        if self.keep.val().get_bit(0) {
            self.mask.next = self.mask.val() | self.lane.val();
        }
        if self.keep.val().get_bit(1) {
            self.mask.next = self.mask.val() | (self.lane.val() << 8);
        }
        if self.keep.val().get_bit(2) {
            self.mask.next = self.mask.val() | (self.lane.val() << 16);
        }
        if self.keep.val().get_bit(3) {
            self.mask.next = self.mask.val() | (self.lane.val() << 24);
        }
        if self.keep.val().get_bit(4) {
            self.mask.next = self.mask.val() | (self.lane.val() << 32);
        }
        if self.keep.val().get_bit(5) {
            self.mask.next = self.mask.val() | (self.lane.val() << 40);
        }
        if self.keep.val().get_bit(6) {
            self.mask.next = self.mask.val() | (self.lane.val() << 48);
        }
        if self.keep.val().get_bit(7) {
            self.mask.next = self.mask.val() | (self.lane.val() << 56);
        }
    }
}
