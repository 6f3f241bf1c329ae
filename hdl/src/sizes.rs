//! The sizes of the NIC's connector and core tops, one named configuration each, with what every
//! number means. Choose the primary sizes; the derived ones (counts and address widths the blocks
//! take as separate const parameters, because rust-hdl's widths must be constants) are computed
//! here, and the blocks assert the relations again when they are built.
//!
//! | configuration | QPs | command slots per QP | slot | requester ring per QP | receive queue |
//! |---|---|---|---|---|---|
//! | [`sim_connectors`] (`connector_pair`, `nic_device`) | 16 | 8 | 2 KiB | — | — |
//! | [`sim_core`] (`nic_core`) | 16 | 32 | 2 KiB | 32 KiB | 8 KiB |
//! | [`small_core`] (`nic_core_small`, the self-test) | 4 | 8 | 256 B | 4 KiB | 4 KiB |
//!
//! A slot holds one command capsule: the 64-byte SQE and the rest as in-capsule data. Slot = CID
//! mod slots per QP (docs/interop.md).

use crate::nic::connector_pair::ConnectorPair;
use crate::nic::nic_core::NicCore;
use crate::nic_device::NicDevice;

/// Two connectors as simulated (`connector_pair`, `nic_device`): the same logic as the core's
/// connectors with a quarter of the capsule memory, which keeps their synthesis gate quick.
pub mod sim_connectors {
    /// QP table index bits: 16 QPs.
    pub const QP_BITS: usize = 4;
    /// Command slots per QP: 8.
    pub const SLOT_BITS: usize = 3;
    /// 8-byte words per slot: 256 (2 KiB).
    pub const SLOT_WORD_BITS: usize = 8;
    // Derived: a slot's {QP, slot} address, the capsule buffer's word address, slots in all.
    pub const SLOT_ADDRESS_BITS: usize = QP_BITS + SLOT_BITS;
    pub const BUFFER_ADDRESS_BITS: usize = SLOT_ADDRESS_BITS + SLOT_WORD_BITS;
    pub const SLOTS: usize = 1 << SLOT_ADDRESS_BITS;
}

/// The NIC core as simulated (`nic_core`, what `nicctl sim nic` runs for a Linux host).
pub mod sim_core {
    /// QP table index bits: 16 QPs.
    pub const QP_BITS: usize = super::sim_connectors::QP_BITS;
    /// Command slots per QP: 32, the NVMe admin queue's size and the I/O queue size the
    /// controllers advertise (CAP.MQES 31).
    pub const SLOT_BITS: usize = 5;
    /// 8-byte words per slot: 256 (2 KiB: the SQE and up to 1 984 bytes of in-capsule data).
    pub const SLOT_WORD_BITS: usize = super::sim_connectors::SLOT_WORD_BITS;
    /// The requester's message slots per QP: 8.
    pub const MESSAGE_SLOT_BITS: usize = 3;
    /// The requester's replay ring per QP: 4096 words (32 KiB; a controller's WRITE WQE carries
    /// up to 16 KiB).
    pub const RING_WORD_BITS: usize = 12;
    /// The receive frame queue: 1024 words (8 KiB, two payloads of a 4 KiB MTU).
    pub const RX_RING_BITS: usize = 10;
    // Derived.
    pub const QPS: usize = 1 << QP_BITS;
    pub const SLOT_ADDRESS_BITS: usize = QP_BITS + SLOT_BITS;
    pub const BUFFER_ADDRESS_BITS: usize = SLOT_ADDRESS_BITS + SLOT_WORD_BITS;
    pub const SLOTS: usize = 1 << SLOT_ADDRESS_BITS;
    pub const MESSAGE_ADDRESS_BITS: usize = QP_BITS + MESSAGE_SLOT_BITS;
    pub const RING_ADDRESS_BITS: usize = QP_BITS + RING_WORD_BITS;
    /// Queue pointers count one bit past the ring so full and empty differ.
    pub const RX_POINTER_BITS: usize = RX_RING_BITS + 1;
}

/// The NIC core at a size an iCE40-HX8K could hold (`nic_core_small`, the whole-path self-test
/// on the ULX3S): the same logic, small memories (the simulation size is 1.5 MiB of block RAM,
/// too much for yosys to map in reasonable time).
pub mod small_core {
    /// QP table index bits: 4 QPs.
    pub const QP_BITS: usize = 2;
    /// Command slots per QP: 8.
    pub const SLOT_BITS: usize = 3;
    /// 8-byte words per slot: 32 (256 bytes: the SQE and 192 bytes of in-capsule data).
    pub const SLOT_WORD_BITS: usize = 5;
    /// The requester's message slots per QP: 8.
    pub const MESSAGE_SLOT_BITS: usize = 3;
    /// The requester's replay ring per QP: 512 words (4 KiB).
    pub const RING_WORD_BITS: usize = 9;
    /// The receive frame queue: 512 words (4 KiB).
    pub const RX_RING_BITS: usize = 9;
    // Derived.
    pub const QPS: usize = 1 << QP_BITS;
    pub const SLOT_ADDRESS_BITS: usize = QP_BITS + SLOT_BITS;
    pub const BUFFER_ADDRESS_BITS: usize = SLOT_ADDRESS_BITS + SLOT_WORD_BITS;
    pub const SLOTS: usize = 1 << SLOT_ADDRESS_BITS;
    pub const MESSAGE_ADDRESS_BITS: usize = QP_BITS + MESSAGE_SLOT_BITS;
    pub const RING_ADDRESS_BITS: usize = QP_BITS + RING_WORD_BITS;
    pub const RX_POINTER_BITS: usize = RX_RING_BITS + 1;
}

/// `connector_pair`: the dispatcher, two connectors and the failover supervisor.
pub type SimConnectorPair = ConnectorPair<
    { sim_connectors::QP_BITS },
    { sim_connectors::SLOT_BITS },
    { sim_connectors::SLOT_WORD_BITS },
    { sim_connectors::SLOT_ADDRESS_BITS },
    { sim_connectors::BUFFER_ADDRESS_BITS },
    { sim_connectors::SLOTS },
>;

/// `nic_device`: the simulation control plane with the connectors and their registers.
pub type SimNicDevice = NicDevice<
    { sim_connectors::QP_BITS },
    { sim_connectors::SLOT_BITS },
    { sim_connectors::SLOT_WORD_BITS },
    { sim_connectors::SLOT_ADDRESS_BITS },
    { sim_connectors::BUFFER_ADDRESS_BITS },
    { sim_connectors::SLOTS },
>;

/// `nic_core`.
pub type SimNicCore = NicCore<
    { sim_core::QP_BITS },
    { sim_core::QPS },
    { sim_core::SLOT_BITS },
    { sim_core::SLOT_WORD_BITS },
    { sim_core::SLOT_ADDRESS_BITS },
    { sim_core::BUFFER_ADDRESS_BITS },
    { sim_core::SLOTS },
    { sim_core::MESSAGE_ADDRESS_BITS },
    { sim_core::RING_ADDRESS_BITS },
    { sim_core::RX_RING_BITS },
    { sim_core::RX_POINTER_BITS },
>;

/// `nic_core_small`, and the core of the whole-path self-test.
pub type SmallNicCore = NicCore<
    { small_core::QP_BITS },
    { small_core::QPS },
    { small_core::SLOT_BITS },
    { small_core::SLOT_WORD_BITS },
    { small_core::SLOT_ADDRESS_BITS },
    { small_core::BUFFER_ADDRESS_BITS },
    { small_core::SLOTS },
    { small_core::MESSAGE_ADDRESS_BITS },
    { small_core::RING_ADDRESS_BITS },
    { small_core::RX_RING_BITS },
    { small_core::RX_POINTER_BITS },
>;
