//! NVMe over Fabrics command capsules and completions (docs/controller-link.md): the byte layout, defined
//! once for the connector HDL, the host and controller models, and tshark's view of our pcaps.

/// I/O command opcodes.
pub const OPCODE_FLUSH: u8 = 0x00;
pub const OPCODE_WRITE: u8 = 0x01;
pub const OPCODE_READ: u8 = 0x02;
/// Admin Keep Alive.
pub const OPCODE_KEEP_ALIVE: u8 = 0x18;
/// Fabrics commands (Connect, Property Get/Set): the type is in byte 4.
pub const OPCODE_FABRICS: u8 = 0x7F;
pub const FCTYPE_CONNECT: u8 = 0x01;
/// The CDW0 flags byte: PSDT = SGL for the data.
pub const FLAGS_SGL: u8 = 0x40;

/// SGL descriptor type bytes (byte 15 of the descriptor).
pub const SGL_KEYED_DATA_BLOCK: u8 = 0x40;
/// Keyed data block whose R_Key the host wants invalidated (Linux always sends this).
pub const SGL_KEYED_DATA_BLOCK_INVALIDATE: u8 = 0x4F;
/// Data block, offset subtype: the data follows the SQE in the capsule.
pub const SGL_IN_CAPSULE: u8 = 0x01;

pub const SQE_BYTES: usize = 64;
pub const CQE_BYTES: usize = 16;
/// The Connect command's data (host ID, controller ID, NQNs), sent in the capsule.
pub const CONNECT_DATA_BYTES: usize = 1024;
/// Controller ID the host asks for in an admin Connect: "any" (dynamic controller model).
pub const CONTROLLER_ID_ANY: u16 = 0xFFFF;

/// Data pointer of a command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sgl {
    /// Host memory: the controller moves data with RDMA READ / WRITE.
    Keyed { address: u64, length: u32, key: u32, invalidate: bool },
    /// In-capsule data at `offset` after the SQE.
    InCapsule { offset: u64, length: u32 },
    /// No data (Flush, Keep Alive).
    None,
}

impl Sgl {
    pub fn encode(&self) -> [u8; 16] {
        let mut b = [0u8; 16];
        match *self {
            Sgl::Keyed { address, length, key, invalidate } => {
                b[0..8].copy_from_slice(&address.to_le_bytes());
                b[8..11].copy_from_slice(&length.to_le_bytes()[..3]);
                b[11..15].copy_from_slice(&key.to_le_bytes());
                b[15] = if invalidate { SGL_KEYED_DATA_BLOCK_INVALIDATE } else { SGL_KEYED_DATA_BLOCK };
            }
            Sgl::InCapsule { offset, length } => {
                b[0..8].copy_from_slice(&offset.to_le_bytes());
                b[8..12].copy_from_slice(&length.to_le_bytes());
                b[15] = SGL_IN_CAPSULE;
            }
            Sgl::None => {}
        }
        b
    }

    /// `None` for a descriptor type the NIC does not accept.
    pub fn decode(b: &[u8]) -> Option<Sgl> {
        let address = u64::from_le_bytes(b[0..8].try_into().unwrap());
        match b[15] {
            SGL_KEYED_DATA_BLOCK | SGL_KEYED_DATA_BLOCK_INVALIDATE => Some(Sgl::Keyed {
                address,
                length: u32::from_le_bytes([b[8], b[9], b[10], 0]),
                key: u32::from_le_bytes(b[11..15].try_into().unwrap()),
                invalidate: b[15] == SGL_KEYED_DATA_BLOCK_INVALIDATE,
            }),
            SGL_IN_CAPSULE => Some(Sgl::InCapsule { offset: address, length: u32::from_le_bytes(b[8..12].try_into().unwrap()) }),
            0 if b.iter().all(|x| *x == 0) => Some(Sgl::None),
            _ => None,
        }
    }
}

/// A submission queue entry, the fields this product reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sqe {
    pub opcode: u8,
    pub cid: u16,
    pub nsid: u32,
    pub sgl: Sgl,
    /// Read/Write: starting LBA; Connect: unused.
    pub slba: u64,
    /// Read/Write: number of blocks minus one.
    pub nlb_minus_one: u16,
    /// Fabrics: the command type (byte 4).
    pub fctype: u8,
    /// Connect: the queue ID (0 = admin).
    pub qid: u16,
}

impl Sqe {
    pub fn encode(&self) -> [u8; SQE_BYTES] {
        let mut b = [0u8; SQE_BYTES];
        b[0] = self.opcode;
        b[1] = FLAGS_SGL;
        b[2..4].copy_from_slice(&self.cid.to_le_bytes());
        if self.opcode == OPCODE_FABRICS {
            b[4] = self.fctype;
            b[42..44].copy_from_slice(&self.qid.to_le_bytes());
        } else {
            b[4..8].copy_from_slice(&self.nsid.to_le_bytes());
            b[40..48].copy_from_slice(&self.slba.to_le_bytes());
            b[48..50].copy_from_slice(&self.nlb_minus_one.to_le_bytes());
        }
        b[24..40].copy_from_slice(&self.sgl.encode());
        b
    }

    pub fn decode(b: &[u8]) -> Option<Sqe> {
        let b = b.get(..SQE_BYTES)?;
        let fabrics = b[0] == OPCODE_FABRICS;
        Some(Sqe {
            opcode: b[0],
            cid: u16::from_le_bytes([b[2], b[3]]),
            nsid: if fabrics { 0 } else { u32::from_le_bytes(b[4..8].try_into().unwrap()) },
            sgl: Sgl::decode(&b[24..40])?,
            slba: if fabrics { 0 } else { u64::from_le_bytes(b[40..48].try_into().unwrap()) },
            nlb_minus_one: if fabrics { 0 } else { u16::from_le_bytes([b[48], b[49]]) },
            fctype: if fabrics { b[4] } else { 0 },
            qid: if fabrics { u16::from_le_bytes([b[42], b[43]]) } else { 0 },
        })
    }
}

/// NVMe status: status code type and status code (the CQE's bits 11:9 and 8:1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Status {
    pub sct: u8,
    pub sc: u8,
}

impl Status {
    /// The CQE's status field (bytes 14–15): this status, with DNR as given and the phase bit
    /// clear.
    pub fn field(&self, dnr: bool) -> u16 {
        (self.sc as u16) << 1 | ((self.sct as u16) & 7) << 9 | (dnr as u16) << 15
    }

    pub const SUCCESS: Status = Status { sct: 0, sc: 0 };
    pub const INVALID_OPCODE: Status = Status { sct: 0, sc: 0x01 };
    pub const INVALID_FIELD: Status = Status { sct: 0, sc: 0x02 };
    pub const INVALID_NAMESPACE: Status = Status { sct: 0, sc: 0x0B };
    pub const LBA_OUT_OF_RANGE: Status = Status { sct: 0, sc: 0x80 };
    /// Connect: the controller ID (or queue) asked for is not valid here.
    pub const CONNECT_INVALID_PARAMETERS: Status = Status { sct: 1, sc: 0x82 };
    /// Path-related (SCT 3): no controller can serve the command now; multipath may retry
    /// elsewhere (the both-controllers-down answer, issue 6).
    pub const HOST_PATHING_ERROR: Status = Status { sct: 3, sc: 0x70 };
    pub const ANA_TRANSITION: Status = Status { sct: 3, sc: 0x03 };

    pub fn is_success(&self) -> bool {
        *self == Status::SUCCESS
    }
}

/// A completion queue entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cqe {
    /// Command specific (Connect: the controller ID in the low 16 bits).
    pub dw0: u32,
    pub sq_head: u16,
    pub sq_id: u16,
    pub cid: u16,
    pub status: Status,
    /// Do not retry.
    pub dnr: bool,
}

impl Cqe {
    pub fn encode(&self) -> [u8; CQE_BYTES] {
        let mut b = [0u8; CQE_BYTES];
        b[0..4].copy_from_slice(&self.dw0.to_le_bytes());
        b[8..10].copy_from_slice(&self.sq_head.to_le_bytes());
        b[10..12].copy_from_slice(&self.sq_id.to_le_bytes());
        b[12..14].copy_from_slice(&self.cid.to_le_bytes());
        b[14..16].copy_from_slice(&self.status.field(self.dnr).to_le_bytes());
        b
    }

    pub fn decode(b: &[u8]) -> Option<Cqe> {
        let b = b.get(..CQE_BYTES)?;
        let status = u16::from_le_bytes([b[14], b[15]]);
        Some(Cqe {
            dw0: u32::from_le_bytes(b[0..4].try_into().unwrap()),
            sq_head: u16::from_le_bytes([b[8], b[9]]),
            sq_id: u16::from_le_bytes([b[10], b[11]]),
            cid: u16::from_le_bytes([b[12], b[13]]),
            status: Status { sct: (status >> 9 & 7) as u8, sc: (status >> 1) as u8 },
            dnr: status >> 15 == 1,
        })
    }
}

/// The Connect command's data: the controller ID field (bytes 16–17) is what failover keeps.
pub fn connect_data(controller_id: u16) -> Vec<u8> {
    let mut data = vec![0u8; CONNECT_DATA_BYTES];
    data[16..18].copy_from_slice(&controller_id.to_le_bytes());
    data
}

pub fn connect_data_controller_id(data: &[u8]) -> Option<u16> {
    Some(u16::from_le_bytes(data.get(16..18)?.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capsules_and_completions_round_trip() {
        for sgl in [
            Sgl::Keyed { address: 0xffff_8000_1234_0000, length: 65536, key: 0xabcd, invalidate: true },
            Sgl::Keyed { address: 1, length: 512, key: 2, invalidate: false },
            Sgl::InCapsule { offset: 0, length: 4096 },
            Sgl::None,
        ] {
            let sqe = Sqe { opcode: OPCODE_WRITE, cid: 77, nsid: 1, sgl, slba: 1 << 33, nlb_minus_one: 7, fctype: 0, qid: 0 };
            assert_eq!(Sqe::decode(&sqe.encode()), Some(sqe));
        }
        let cqe = Cqe { dw0: 5, sq_head: 31, sq_id: 2, cid: 77, status: Status::HOST_PATHING_ERROR, dnr: false };
        assert_eq!(Cqe::decode(&cqe.encode()), Some(cqe));
        let mut bad = Sqe { opcode: OPCODE_READ, cid: 1, nsid: 1, sgl: Sgl::None, slba: 0, nlb_minus_one: 0, fctype: 0, qid: 0 }.encode();
        bad[39] = 0x30; // a descriptor type we do not take
        assert_eq!(Sqe::decode(&bad), None);
    }
}
