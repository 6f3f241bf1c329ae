//! The QP table of a shared connector (docs/ARCHITECTURE.md): what the connector keeps per QP and per
//! outstanding command capsule, as block-RAM words.
//!
//! Per QP, one [`QpEntry`] (84 bits): whether it is configured, the controller it is bound to and
//! its home controller, its failover state, the NVMe controller ID and the SQ head and tail. Per
//! QP and slot, one [`SlotMeta`] (33 bits) and the capsule itself (SQE + in-capsule data) in the
//! capsule buffer, `8 << SLOT_WORD_BITS` bytes a slot: a replay after a failover resends it from
//! there. A command takes any free slot of its QP, whatever its CID; the controller knows it by
//! the slot under the host CID's upper bits (docs/controller-link.md), and `SlotMeta` keeps the
//! host's CID for its completion. Which slots hold an outstanding command is a bit per slot in
//! registers (`outstanding_slots.rs`), so the capsule receiver can pick a free one while the
//! engine works. [`QpTable`] is the block RAM of entries, which clears itself after reset.
//!
//! Block RAM per QP: 84 + 2^SLOT_BITS × (33 + 64 × 2^SLOT_WORD_BITS) bits, and 2^SLOT_BITS
//! flip-flops. With a depth of 8 and 2 KiB slots (SQE + 1984 bytes in-capsule data): 16.5 KiB a QP;
//! with a depth of 32 and 128-byte slots (SQE + 64 bytes): 4.1 KiB.

use crate::constant::constant;
use rust_hdl::prelude::*;

/// SQ head and tail values wrap at this many entries (the queue size the controllers report).
pub const SQ_ENTRY_BITS: usize = 7;

/// One QP's entry.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct QpEntry {
    pub enabled: Bit,
    /// The controller serving the QP now (0 = A, 1 = B) and the one it was configured for.
    pub controller: Bit,
    pub home: Bit,
    /// Neither controller can serve it: commands complete at once with a path error.
    pub no_path: Bit,
    /// Failing back home: new commands wait until the current controller has completed all.
    pub draining: Bit,
    pub controller_id: Bits<16>,
    /// Commands forwarded (mod the SQ size), and the SQ head the controller last reported.
    pub sq_tail: Bits<SQ_ENTRY_BITS>,
    pub sq_head: Bits<16>,
    /// Commands outstanding (slots busy).
    pub outstanding: Bits<8>,
    /// Per-QP counters (wrapping): commands forwarded and completions delivered.
    pub commands: Bits<16>,
    pub completions: Bits<16>,
}

/// An outstanding command's slot.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct SlotMeta {
    /// The host's CID (the completion goes back with it).
    pub cid: Bits<16>,
    /// Capsule bytes (SQE + in-capsule data).
    pub length: Bits<16>,
    /// A Fabrics Connect on the admin queue: its successful completion carries the controller ID.
    pub admin_connect: Bit,
}

/// The QP table's block RAM, with the writes it makes itself: after reset it clears every entry,
/// one a cycle (`clear_done` marks the last), and a QP set up (`cfg_take`) gets a cleared entry,
/// enabled or not and bound to its home controller. Otherwise its user writes.
#[derive(LogicBlock)]
pub struct QpTable<const QP_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub read_address: Signal<In, Bits<QP_BITS>>,
    pub read_data: Signal<Out, QpEntry>,
    pub write_enable: Signal<In, Bit>,
    pub write_address: Signal<In, Bits<QP_BITS>>,
    pub write_data: Signal<In, QpEntry>,
    pub cfg_take: Signal<In, Bit>,
    pub cfg_qp: Signal<In, Bits<QP_BITS>>,
    pub cfg_enable: Signal<In, Bit>,
    pub cfg_controller: Signal<In, Bit>,
    pub clear_done: Signal<Out, Bit>,
    ram: RAM<QpEntry, QP_BITS>,
    /// Low from power-up and reset until every entry is cleared.
    cleared: DFF<Bit>,
    clear_qp: DFF<Bits<QP_BITS>>,
    qp_step: Constant<Bits<QP_BITS>>,
    first_qp: Constant<Bits<QP_BITS>>,
    last_qp: Constant<Bits<QP_BITS>>,
    cleared_entry: Constant<QpEntry>,
}

impl<const QP_BITS: usize> Default for QpTable<QP_BITS> {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            read_address: Default::default(),
            read_data: Default::default(),
            write_enable: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            cfg_take: Default::default(),
            cfg_qp: Default::default(),
            cfg_enable: Default::default(),
            cfg_controller: Default::default(),
            clear_done: Default::default(),
            ram: Default::default(),
            cleared: Default::default(),
            clear_qp: Default::default(),
            qp_step: constant(1),
            first_qp: constant(0),
            last_qp: constant((1u64 << QP_BITS) - 1),
            cleared_entry: Constant::new(QpEntry::default()),
        }
    }
}

impl<const QP_BITS: usize> Logic for QpTable<QP_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, cleared, clear_qp);
        self.ram.read_clock.next = self.clock.val();
        self.ram.write_clock.next = self.clock.val();
        self.ram.read_address.next = self.read_address.val();
        self.read_data.next = self.ram.read_data.val();
        self.ram.write_enable.next = self.write_enable.val();
        self.ram.write_address.next = self.write_address.val();
        self.ram.write_data.next = self.write_data.val();
        self.clear_done.next = false;
        if !self.cleared.q.val() {
            self.ram.write_enable.next = true;
            self.ram.write_address.next = self.clear_qp.q.val();
            self.ram.write_data.next = self.cleared_entry.val();
            self.clear_qp.d.next = self.clear_qp.q.val() + self.qp_step.val();
            if self.clear_qp.q.val() == self.last_qp.val() {
                self.clear_done.next = true;
                self.cleared.d.next = true;
            }
        }
        if self.cfg_take.val() {
            self.ram.write_enable.next = true;
            self.ram.write_address.next = self.cfg_qp.val();
            self.ram.write_data.next = self.cleared_entry.val();
            self.ram.write_data.next.enabled = self.cfg_enable.val();
            self.ram.write_data.next.controller = self.cfg_controller.val();
            self.ram.write_data.next.home = self.cfg_controller.val();
        }
        if self.reset.val() {
            self.cleared.d.next = false;
            self.clear_qp.d.next = self.first_qp.val();
        }
    }
}
