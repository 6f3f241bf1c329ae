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
//! registers, so the capsule receiver can pick a free one while the engine works.
//!
//! Block RAM per QP: 84 + 2^SLOT_BITS × (33 + 64 × 2^SLOT_WORD_BITS) bits, and 2^SLOT_BITS
//! flip-flops. With a depth of 8 and 2 KiB slots (SQE + 1984 bytes in-capsule data): 16.5 KiB a QP;
//! with a depth of 32 and 128-byte slots (SQE + 64 bytes): 4.1 KiB.

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
