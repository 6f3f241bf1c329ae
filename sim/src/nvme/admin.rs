//! What a real NVMe-oF host asks a controller beyond I/O: the Fabrics commands (Connect,
//! Property Get/Set) and the admin commands the Linux initiator sends while it brings a
//! controller up and keeps it alive (Identify, Set/Get Features, Keep Alive, Get Log Page,
//! Asynchronous Event Request). Layouts: NVMe Base Specification 1.4 §5 (admin commands), §3.1
//! (controller properties), NVMe over Fabrics 1.1 §3.3 (Fabrics commands).
//!
//! The subsystem state lives here, not in one controller: A and B are one subsystem's two
//! controllers behind one controller ID (the static model of docs/interop.md), so what the host
//! set through A (CC, the queues it connected, the features) is what B answers after a failover —
//! as a dual-controller array mirrors it between its controllers.

use super::namespace::{BLOCK_BYTES, NAMESPACE_ID};
use nic_hdl::nvme::capsule::{Status, OPCODE_KEEP_ALIVE};
use std::collections::BTreeMap;

pub const OPCODE_GET_LOG_PAGE: u8 = 0x02;
pub const OPCODE_IDENTIFY: u8 = 0x06;
pub const OPCODE_ABORT: u8 = 0x08;
pub const OPCODE_SET_FEATURES: u8 = 0x09;
pub const OPCODE_GET_FEATURES: u8 = 0x0A;
pub const OPCODE_ASYNC_EVENT_REQUEST: u8 = 0x0C;

pub const FCTYPE_PROPERTY_SET: u8 = 0x00;
pub const FCTYPE_PROPERTY_GET: u8 = 0x04;
pub const FCTYPE_DISCONNECT: u8 = 0x08;

/// Controller properties (offsets).
const PROPERTY_CAP: u32 = 0x00;
const PROPERTY_VS: u32 = 0x08;
const PROPERTY_CC: u32 = 0x14;
const PROPERTY_CSTS: u32 = 0x1C;

/// Entries per queue the controllers take (CAP.MQES + 1): the connector's command slots per QP.
pub const QUEUE_ENTRIES: u16 = 1 << nic_hdl::sizes::sim_core::SLOT_BITS;
/// The command capsule size a host may send (IOCCSZ, 16-byte units): one command slot of the
/// NIC core (2^SLOT_WORD_BITS words of 8 bytes).
const CAPSULE_UNITS: u32 = (8 << nic_hdl::sizes::sim_core::SLOT_WORD_BITS) / 16;
/// I/O queues the subsystem grants at most (each is a QP of the NIC).
pub const MAX_IO_QUEUES: u16 = 4;
/// Largest transfer, as a power of two of 4 KiB pages (Identify MDTS): 32 KiB.
pub const MDTS: u8 = 3;

const FEATURE_NUMBER_OF_QUEUES: u8 = 0x07;

/// Identify data structures (CNS values).
const CNS_NAMESPACE: u8 = 0x00;
const CNS_CONTROLLER: u8 = 0x01;
const CNS_ACTIVE_NAMESPACES: u8 = 0x02;
const CNS_NAMESPACE_DESCRIPTORS: u8 = 0x03;

/// What a controller does with a command.
#[derive(Debug, PartialEq)]
pub enum Action {
    /// Complete it now with this status and command-specific dwords 0 and 1.
    Complete { status: Status, dw0: u32, dw1: u32 },
    /// Write `data` to the command's host buffer, then complete it successfully.
    Data(Vec<u8>),
    /// Keep it outstanding (an Asynchronous Event Request: completed only when an event occurs).
    Hold,
}

fn ok(dw0: u32) -> Action {
    Action::Complete { status: Status::SUCCESS, dw0, dw1: 0 }
}

fn fail(status: Status) -> Action {
    Action::Complete { status, dw0: 0, dw1: 0 }
}

fn dword(sqe: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(sqe[at..at + 4].try_into().expect("four bytes"))
}

/// A fixed-width, space-padded ASCII field.
fn text(field: &mut [u8], value: &str) {
    field.fill(b' ');
    field[..value.len()].copy_from_slice(value.as_bytes());
}

/// The subsystem both controllers serve.
#[derive(Debug, Default)]
pub struct Subsystem {
    /// The NQN hosts connect to (taken from the first Connect; the host names it).
    pub nqn: Vec<u8>,
    /// Controller Configuration as the host last set it.
    pub cc: u32,
    /// NVMe queue ID of each connected QP, by (connector, QP): 0 is an admin queue.
    pub queues: BTreeMap<(usize, u16), u16>,
    /// Number of I/O queues granted (Set Features, Number of Queues), zero-based.
    pub io_queues_granted: u16,
    /// Every other feature the host set, by identifier.
    pub features: BTreeMap<u8, u32>,
}

impl Subsystem {
    /// Whether the QP carries an admin queue (its Connect said queue 0).
    pub fn is_admin(&self, connector: usize, qp: u16) -> bool {
        self.queues.get(&(connector, qp)) == Some(&0)
    }

    /// A Connect's queue and NQN; the controller ID is checked by the caller.
    pub fn connect(&mut self, connector: usize, qp: u16, sqe: &[u8], data: &[u8]) {
        let qid = u16::from_le_bytes([sqe[42], sqe[43]]);
        self.queues.insert((connector, qp), qid);
        if let Some(nqn) = data.get(256..512) {
            let end = nqn.iter().position(|b| *b == 0).unwrap_or(nqn.len());
            self.nqn = nqn[..end].to_vec();
        }
    }

    /// Property Get / Set and Disconnect (Connect is the controller's: it needs the data).
    pub fn fabrics(&mut self, sqe: &[u8]) -> Action {
        let offset = dword(sqe, 44);
        match sqe[4] {
            FCTYPE_PROPERTY_GET => {
                let value = match offset {
                    PROPERTY_CAP => self.capabilities(),
                    PROPERTY_VS => 0x0001_0300,
                    PROPERTY_CC => self.cc as u64,
                    PROPERTY_CSTS => self.status() as u64,
                    _ => return fail(Status::INVALID_FIELD),
                };
                Action::Complete { status: Status::SUCCESS, dw0: value as u32, dw1: (value >> 32) as u32 }
            }
            FCTYPE_PROPERTY_SET if offset == PROPERTY_CC => {
                self.cc = dword(sqe, 48);
                ok(0)
            }
            FCTYPE_PROPERTY_SET => fail(Status::INVALID_FIELD),
            FCTYPE_DISCONNECT => ok(0),
            _ => fail(Status::INVALID_OPCODE),
        }
    }

    /// CAP: MQES, contiguous queues required, timeout 15 s, the NVM command set, 4 KiB pages.
    fn capabilities(&self) -> u64 {
        (QUEUE_ENTRIES as u64 - 1) | 1 << 16 | 30 << 24 | 1 << 37
    }

    /// CSTS: ready while CC.EN is set; shutdown complete once CC.SHN asked for it.
    fn status(&self) -> u32 {
        let ready = self.cc & 1;
        let shutdown = if self.cc >> 14 & 3 != 0 { 2 << 2 } else { 0 };
        ready | shutdown
    }

    /// An admin command (the Fabrics opcode aside).
    pub fn admin(&mut self, sqe: &[u8], controller_id: u16, namespace_blocks: u64) -> Action {
        let nsid = dword(sqe, 4);
        let cdw10 = dword(sqe, 40);
        let cdw11 = dword(sqe, 44);
        match sqe[0] {
            OPCODE_IDENTIFY => self.identify(cdw10 as u8, nsid, controller_id, namespace_blocks),
            OPCODE_SET_FEATURES => match cdw10 as u8 {
                FEATURE_NUMBER_OF_QUEUES => {
                    let asked = (cdw11 & 0xFFFF).max(cdw11 >> 16) as u16;
                    self.io_queues_granted = asked.min(MAX_IO_QUEUES - 1);
                    ok(self.io_queues_granted as u32 | (self.io_queues_granted as u32) << 16)
                }
                feature => {
                    self.features.insert(feature, cdw11);
                    ok(0)
                }
            },
            OPCODE_GET_FEATURES => match cdw10 as u8 {
                FEATURE_NUMBER_OF_QUEUES => ok(self.io_queues_granted as u32 | (self.io_queues_granted as u32) << 16),
                feature => ok(self.features.get(&feature).copied().unwrap_or(0)),
            },
            // Zeros: no errors, no firmware history, no effects to report.
            OPCODE_GET_LOG_PAGE => {
                let dwords = ((cdw10 >> 16) | (cdw11 & 0xFFFF) << 16) as usize + 1;
                Action::Data(vec![0; (dwords * 4).min(4096)])
            }
            // Bit 0 set: the command was not aborted (it completes on its own).
            OPCODE_ABORT => ok(1),
            OPCODE_ASYNC_EVENT_REQUEST => Action::Hold,
            OPCODE_KEEP_ALIVE => ok(0),
            _ => fail(Status::INVALID_OPCODE),
        }
    }

    fn identify(&self, cns: u8, nsid: u32, controller_id: u16, namespace_blocks: u64) -> Action {
        let mut d = vec![0u8; 4096];
        match cns {
            CNS_CONTROLLER => {
                d[0..2].copy_from_slice(&0x1de5u16.to_le_bytes());
                text(&mut d[4..24], "NIC0001");
                text(&mut d[24..64], "nic-hdl shared-connector NVMe-oF target");
                text(&mut d[64..72], env!("CARGO_PKG_VERSION"));
                d[77] = MDTS;
                d[78..80].copy_from_slice(&controller_id.to_le_bytes());
                d[80..84].copy_from_slice(&0x0001_0300u32.to_le_bytes());
                // Asynchronous events: namespace attribute notices (so the host keeps an
                // Asynchronous Event Request outstanding, which a failover must carry to B).
                d[92..96].copy_from_slice(&(1u32 << 8).to_le_bytes());
                // An I/O controller; aborts 4, async events 4, log page attributes none.
                d[111] = 1;
                d[258] = 3;
                d[259] = 3;
                // Keep Alive supported (mandatory on fabrics), at a granularity of 100 ms.
                d[320..322].copy_from_slice(&1u16.to_le_bytes());
                // SQ and CQ entry sizes 64 and 16 bytes; outstanding commands; one namespace.
                d[512] = 0x66;
                d[513] = 0x44;
                d[514..516].copy_from_slice(&QUEUE_ENTRIES.to_le_bytes());
                d[516..520].copy_from_slice(&1u32.to_le_bytes());
                // A volatile write cache: the host sends Flush.
                d[525] = 1;
                // SGLs: supported, keyed data blocks (what NVMe-oF RDMA needs), and an offset in
                // a data block's address (bit 20: in-capsule data; Linux sends none without it).
                d[536..540].copy_from_slice(&(0b101u32 | 1 << 20).to_le_bytes());
                let nqn = &self.nqn[..self.nqn.len().min(255)];
                d[768..768 + nqn.len()].copy_from_slice(nqn);
                // Fabrics: command capsules as large as the NIC's command slot (16-byte units:
                // the SQE and up to 1 984 bytes of in-capsule data), responses of the CQE alone,
                // in-capsule data offset 0, dynamic model, one SGL descriptor.
                d[1792..1796].copy_from_slice(&CAPSULE_UNITS.to_le_bytes());
                d[1796..1800].copy_from_slice(&1u32.to_le_bytes());
                d[1803] = 1;
            }
            CNS_NAMESPACE if nsid == NAMESPACE_ID => {
                for at in [0, 8, 16] {
                    d[at..at + 8].copy_from_slice(&namespace_blocks.to_le_bytes());
                }
                d[104..120].copy_from_slice(&namespace_guid());
                // LBA format 0: 2^9-byte blocks.
                d[130] = BLOCK_BYTES.trailing_zeros() as u8;
            }
            CNS_ACTIVE_NAMESPACES => {
                if nsid < NAMESPACE_ID {
                    d[0..4].copy_from_slice(&NAMESPACE_ID.to_le_bytes());
                }
            }
            CNS_NAMESPACE_DESCRIPTORS if nsid == NAMESPACE_ID => {
                // One descriptor: type 2 (NGUID), 16 bytes.
                d[0] = 2;
                d[1] = 16;
                d[4..20].copy_from_slice(&namespace_guid());
            }
            CNS_NAMESPACE | CNS_NAMESPACE_DESCRIPTORS => return fail(Status::INVALID_NAMESPACE),
            _ => return fail(Status::INVALID_FIELD),
        }
        Action::Data(d)
    }
}

/// The namespace's globally unique identifier (fixed: one namespace, one subsystem).
fn namespace_guid() -> [u8; 16] {
    *b"nic-hdl-ns-0001\0"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sqe(opcode: u8, fctype: u8, cdw10: u32, cdw11: u32) -> [u8; 64] {
        let mut b = [0u8; 64];
        b[0] = opcode;
        b[4] = fctype;
        b[40..44].copy_from_slice(&cdw10.to_le_bytes());
        b[44..48].copy_from_slice(&cdw11.to_le_bytes());
        b
    }

    #[test]
    fn enabling_the_controller_makes_it_ready_and_shutdown_completes() {
        let mut s = Subsystem::default();
        let cap = s.fabrics(&sqe(0x7F, FCTYPE_PROPERTY_GET, 1, PROPERTY_CAP));
        assert_eq!(cap, Action::Complete { status: Status::SUCCESS, dw0: 31 | 1 << 16 | 30 << 24, dw1: 1 << 5 });
        let mut set = sqe(0x7F, FCTYPE_PROPERTY_SET, 0, PROPERTY_CC);
        set[48..52].copy_from_slice(&0x0046_0001u32.to_le_bytes());
        assert_eq!(s.fabrics(&set), ok(0));
        assert_eq!(s.fabrics(&sqe(0x7F, FCTYPE_PROPERTY_GET, 0, PROPERTY_CSTS)), ok(1));
        set[48..52].copy_from_slice(&(0x0046_0001u32 | 1 << 14).to_le_bytes());
        s.fabrics(&set);
        assert_eq!(s.fabrics(&sqe(0x7F, FCTYPE_PROPERTY_GET, 0, PROPERTY_CSTS)), ok(1 | 2 << 2));
    }

    #[test]
    fn identify_and_features_answer_what_linux_checks() {
        let mut s = Subsystem { nqn: b"nqn.test".to_vec(), ..Default::default() };
        let Action::Data(id) = s.admin(&sqe(OPCODE_IDENTIFY, 0, CNS_CONTROLLER as u32, 0), 1, 1 << 16) else { panic!("identify") };
        assert_eq!(&id[768..776], b"nqn.test");
        assert_eq!(id[536] & 0b100, 0b100, "keyed SGLs are mandatory for NVMe-oF RDMA");
        assert_eq!(u32::from_le_bytes(id[1792..1796].try_into().unwrap()) * 16, 2048, "IOCCSZ: a 2 KiB command slot");
        assert_eq!(s.admin(&sqe(OPCODE_SET_FEATURES, 0, FEATURE_NUMBER_OF_QUEUES as u32, 0x0007_0007), 1, 1), ok(3 | 3 << 16));
        assert_eq!(s.admin(&sqe(OPCODE_ASYNC_EVENT_REQUEST, 0, 0, 0), 1, 1), Action::Hold);
        assert_eq!(s.admin(&sqe(0x55, 0, 0, 0), 1, 1), fail(Status::INVALID_OPCODE));
        let mut ns = sqe(OPCODE_IDENTIFY, 0, CNS_NAMESPACE as u32, 0);
        ns[4] = 2;
        assert_eq!(s.admin(&ns, 1, 1), fail(Status::INVALID_NAMESPACE));
    }
}
