// rx_parser: generated from RustHDL by nic-hdl. Do not edit; regenerate with
// `cargo run -p nicctl -- emit --out hdl/verilog`.


module rx_parser(clock,reset,cfg_pkey,cfg_path_mtu,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tuser,s_axis_tvalid,s_axis_tready,m_axis_payload_tdata,m_axis_payload_tkeep,m_axis_payload_tlast,m_axis_payload_tuser,m_axis_payload_tvalid,m_axis_payload_tready,desc_valid,desc_ready,desc_dst_mac,desc_src_mac,desc_src_ip,desc_dst_ip,desc_ip_dscp,desc_ip_ecn,desc_udp_src_port,desc_udp_dst_port,desc_opcode,desc_solicited,desc_mig_req,desc_pad_count,desc_tver,desc_pkey,desc_fecn,desc_becn,desc_dest_qp,desc_ack_req,desc_psn,desc_has_reth,desc_reth_va,desc_reth_rkey,desc_reth_dma_length,desc_has_aeth,desc_aeth_syndrome,desc_aeth_msn,desc_has_immdt,desc_immdt,desc_has_ieth,desc_ieth_rkey,desc_has_deth,desc_deth_qkey,desc_deth_src_qp,desc_payload_length,desc_has_payload,verdict_valid,verdict_ready,verdict_cause,stat_index,stat_value);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [15:0] cfg_pkey;
    input wire  [12:0] cfg_path_mtu;
    input wire  [63:0] s_axis_tdata;
    input wire  [7:0] s_axis_tkeep;
    input wire  s_axis_tlast;
    input wire  s_axis_tuser;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    output reg  [63:0] m_axis_payload_tdata;
    output reg  [7:0] m_axis_payload_tkeep;
    output reg  m_axis_payload_tlast;
    output reg  m_axis_payload_tuser;
    output reg  m_axis_payload_tvalid;
    input wire  m_axis_payload_tready;
    output reg  desc_valid;
    input wire  desc_ready;
    output reg  [47:0] desc_dst_mac;
    output reg  [47:0] desc_src_mac;
    output reg  [31:0] desc_src_ip;
    output reg  [31:0] desc_dst_ip;
    output reg  [5:0] desc_ip_dscp;
    output reg  [1:0] desc_ip_ecn;
    output reg  [15:0] desc_udp_src_port;
    output reg  [15:0] desc_udp_dst_port;
    output reg  [7:0] desc_opcode;
    output reg  desc_solicited;
    output reg  desc_mig_req;
    output reg  [1:0] desc_pad_count;
    output reg  [3:0] desc_tver;
    output reg  [15:0] desc_pkey;
    output reg  desc_fecn;
    output reg  desc_becn;
    output reg  [23:0] desc_dest_qp;
    output reg  desc_ack_req;
    output reg  [23:0] desc_psn;
    output reg  desc_has_reth;
    output reg  [63:0] desc_reth_va;
    output reg  [31:0] desc_reth_rkey;
    output reg  [31:0] desc_reth_dma_length;
    output reg  desc_has_aeth;
    output reg  [7:0] desc_aeth_syndrome;
    output reg  [23:0] desc_aeth_msn;
    output reg  desc_has_immdt;
    output reg  [31:0] desc_immdt;
    output reg  desc_has_ieth;
    output reg  [31:0] desc_ieth_rkey;
    output reg  desc_has_deth;
    output reg  [31:0] desc_deth_qkey;
    output reg  [23:0] desc_deth_src_qp;
    output reg  [15:0] desc_payload_length;
    output reg  desc_has_payload;
    output reg  verdict_valid;
    input wire  verdict_ready;
    output reg  [4:0] verdict_cause;
    input wire  [4:0] stat_index;
    output reg  [31:0] stat_value;
    
    // Constant declarations
    localparam  no_header = 465'h0;
    localparam  first_phase = 11'b1;
    localparam  beyond_phase = 11'b10000000000;
    localparam  all_lanes = 4'h8;
    localparam  one_lane = 4'h1;
    localparam  lane_two = 4'h2;
    localparam  no_room = 17'b0;
    localparam  no_beats = 10'b0;
    localparam  one_beat = 10'b1;
    localparam  beat_six = 10'b110;
    localparam  eth_header_minus_one = 17'b1101;
    localparam  ip_header_bytes = 16'h14;
    localparam  min_frame_last_byte = 17'b111011;
    localparam  min_frame_beat = 10'b111;
    localparam  min_frame_lanes = 4'h4;
    localparam  beat_max = 10'b1111111111;
    
    // Stub signals
    reg  input_slice$clock;
    reg  input_slice$reset;
    reg  [94:0] input_slice$in_data;
    reg  input_slice$in_valid;
    wire  input_slice$in_ready;
    wire  [94:0] input_slice$out_data;
    wire  input_slice$out_valid;
    reg  input_slice$out_ready;
    reg  checks$clock;
    reg  [15:0] checks$cfg_pkey;
    reg  [12:0] checks$cfg_path_mtu;
    reg  [17:0] checks$flags;
    reg  [63:0] checks$beat;
    reg  checks$beat_0;
    reg  checks$beat_1;
    reg  checks$beat_2;
    reg  checks$beat_4;
    reg  checks$beat_5;
    reg  checks$beat_6;
    reg  checks$beat_complete;
    reg  checks$beat_mac_error;
    reg  checks$opcode_supported;
    reg  checks$udp_length_ok;
    reg  [16:0] checks$payload_room;
    reg  [1:0] checks$rule;
    reg  [1:0] checks$pad_count;
    wire  [17:0] checks$next_flags;
    wire  checks$structural_error;
    wire  checks$length_check_failed;
    reg  payload$clock;
    reg  payload$reset;
    reg  [63:0] payload$beat;
    reg  [3:0] payload$beat_lanes;
    reg  payload$beat_last;
    reg  payload$beat_taken;
    reg  payload$last_beat_loads;
    reg  payload$headers_end_here;
    reg  payload$headers_end_now;
    reg  [3:0] payload$payload_lane;
    reg  [16:0] payload$payload_room;
    reg  payload$payload_starts;
    reg  payload$length_check_failed;
    reg  payload$ended_with_length_error;
    wire  payload$ready;
    wire  payload$draining;
    wire  [63:0] payload$m_axis_tdata;
    wire  [7:0] payload$m_axis_tkeep;
    wire  payload$m_axis_tlast;
    wire  payload$m_axis_tuser;
    wire  payload$m_axis_tvalid;
    reg  payload$m_axis_tready;
    reg  [7:0] keep_bytes$data_in;
    wire  [63:0] keep_bytes$data_out;
    reg  [63:0] byte_swap$data_in;
    wire  [63:0] byte_swap$data_out;
    reg  [7:0] opcodes$address;
    wire  [22:0] opcodes$data;
    reg  [7:0] keep_lanes$address;
    wire  [3:0] keep_lanes$data;
    reg  icrc$clock;
    reg  icrc$reset;
    reg  [63:0] icrc$beat;
    reg  icrc$beat_taken;
    reg  icrc$beat_last;
    reg  icrc$beat_0;
    reg  icrc$beat_1;
    reg  icrc$beat_2;
    reg  icrc$beat_3;
    reg  icrc$beat_5;
    wire  icrc$result_valid;
    wire  icrc$result_ok;
    reg  checksum$clock;
    reg  checksum$reset;
    reg  [63:0] checksum$beat;
    reg  checksum$beat_taken;
    reg  checksum$beat_1;
    reg  checksum$beat_2;
    reg  checksum$beat_3;
    reg  checksum$beat_4;
    wire  checksum$bad;
    reg  verdict$clock;
    reg  verdict$reset;
    reg  verdict$frame_end;
    reg  [17:0] verdict$frame_flags;
    reg  verdict$checksum_bad;
    reg  verdict$icrc_valid;
    reg  verdict$icrc_ok;
    wire  verdict$valid;
    reg  verdict$ready;
    wire  [4:0] verdict$cause;
    wire  verdict$busy;
    wire  verdict$ended_with_length_error;
    reg  [4:0] verdict$stat_index;
    wire  [31:0] verdict$stat_value;
    reg  [9:0] beat$d;
    wire  [9:0] beat$q;
    reg  beat$clock;
    reg  [10:0] phase$d;
    wire  [10:0] phase$q;
    reg  phase$clock;
    reg  bth_seen$d;
    wire  bth_seen$q;
    reg  bth_seen$clock;
    reg  header_end_next$d;
    wire  header_end_next$q;
    reg  header_end_next$clock;
    reg  [464:0] header$d;
    wire  [464:0] header$q;
    reg  header$clock;
    reg  [17:0] flags$d;
    wire  [17:0] flags$q;
    reg  flags$clock;
    reg  header_done$d;
    wire  header_done$q;
    reg  header_done$clock;
    reg  [15:0] ip_length$d;
    wire  [15:0] ip_length$q;
    reg  ip_length$clock;
    reg  udp_length_ok$d;
    wire  udp_length_ok$q;
    reg  udp_length_ok$clock;
    reg  [16:0] payload_room$d;
    wire  [16:0] payload_room$q;
    reg  payload_room$clock;
    reg  [1:0] rule$d;
    wire  [1:0] rule$q;
    reg  rule$clock;
    reg  [1:0] pad_count$d;
    wire  [1:0] pad_count$q;
    reg  pad_count$clock;
    reg  [9:0] header_end_beat$d;
    wire  [9:0] header_end_beat$q;
    reg  header_end_beat$clock;
    reg  [3:0] payload_lane$d;
    wire  [3:0] payload_lane$q;
    reg  payload_lane$clock;
    reg  payload_at_lane_two$d;
    wire  payload_at_lane_two$q;
    reg  payload_at_lane_two$clock;
    reg  [9:0] end_beat$d;
    wire  [9:0] end_beat$q;
    reg  end_beat$clock;
    reg  [3:0] end_lanes$d;
    wire  [3:0] end_lanes$q;
    reg  end_lanes$clock;
    reg  end_below_minimum$d;
    wire  end_below_minimum$q;
    reg  end_below_minimum$clock;
    reg  last_beat_busy$d;
    wire  last_beat_busy$q;
    reg  last_beat_busy$clock;
    reg  descriptor_busy$d;
    wire  descriptor_busy$q;
    reg  descriptor_busy$clock;
    reg  descriptor$clock;
    reg  descriptor$reset;
    reg  descriptor$headers_end;
    reg  descriptor$length_known;
    reg  [15:0] descriptor$announced_length;
    reg  descriptor$payload_starts;
    reg  [464:0] descriptor$header;
    reg  descriptor$length_check_failed;
    wire  descriptor$occupied;
    wire  descriptor$valid;
    reg  descriptor$ready;
    wire  [47:0] descriptor$dst_mac;
    wire  [47:0] descriptor$src_mac;
    wire  [31:0] descriptor$src_ip;
    wire  [31:0] descriptor$dst_ip;
    wire  [5:0] descriptor$ip_dscp;
    wire  [1:0] descriptor$ip_ecn;
    wire  [15:0] descriptor$udp_src_port;
    wire  [15:0] descriptor$udp_dst_port;
    wire  [7:0] descriptor$opcode;
    wire  descriptor$solicited;
    wire  descriptor$mig_req;
    wire  [1:0] descriptor$pad_count;
    wire  [3:0] descriptor$tver;
    wire  [15:0] descriptor$pkey;
    wire  descriptor$fecn;
    wire  descriptor$becn;
    wire  [23:0] descriptor$dest_qp;
    wire  descriptor$ack_req;
    wire  [23:0] descriptor$psn;
    wire  descriptor$has_reth;
    wire  [63:0] descriptor$reth_va;
    wire  [31:0] descriptor$reth_rkey;
    wire  [31:0] descriptor$reth_dma_length;
    wire  descriptor$has_aeth;
    wire  [7:0] descriptor$aeth_syndrome;
    wire  [23:0] descriptor$aeth_msn;
    wire  descriptor$has_immdt;
    wire  [31:0] descriptor$immdt;
    wire  descriptor$has_ieth;
    wire  [31:0] descriptor$ieth_rkey;
    wire  descriptor$has_deth;
    wire  [31:0] descriptor$deth_qkey;
    wire  [23:0] descriptor$deth_src_qp;
    wire  [15:0] descriptor$payload_length;
    wire  descriptor$has_payload;
    
    // Local signals
    reg  [63:0] data_in;
    reg  accept;
    reg  tlast;
    reg  [63:0] data_le;
    reg  [63:0] data_be;
    reg  [3:0] lanes;
    reg  beat_complete;
    reg  [17:0] next_flags;
    reg  length_check_failed;
    reg  header_complete_now;
    reg  descriptor_event;
    reg  payload_starts_now;
    reg  can_take;
    reg  header_complete_here;
    reg  [22:0] entry;
    reg  [16:0] end_minus_one;
    reg  [17:0] frame_flags;
    
    // Sub module instances
    rx_parser$input_slice input_slice(
        .clock(input_slice$clock),
        .reset(input_slice$reset),
        .in_data(input_slice$in_data),
        .in_valid(input_slice$in_valid),
        .in_ready(input_slice$in_ready),
        .out_data(input_slice$out_data),
        .out_valid(input_slice$out_valid),
        .out_ready(input_slice$out_ready)
    );
    rx_parser$checks checks(
        .clock(checks$clock),
        .cfg_pkey(checks$cfg_pkey),
        .cfg_path_mtu(checks$cfg_path_mtu),
        .flags(checks$flags),
        .beat(checks$beat),
        .beat_0(checks$beat_0),
        .beat_1(checks$beat_1),
        .beat_2(checks$beat_2),
        .beat_4(checks$beat_4),
        .beat_5(checks$beat_5),
        .beat_6(checks$beat_6),
        .beat_complete(checks$beat_complete),
        .beat_mac_error(checks$beat_mac_error),
        .opcode_supported(checks$opcode_supported),
        .udp_length_ok(checks$udp_length_ok),
        .payload_room(checks$payload_room),
        .rule(checks$rule),
        .pad_count(checks$pad_count),
        .next_flags(checks$next_flags),
        .structural_error(checks$structural_error),
        .length_check_failed(checks$length_check_failed)
    );
    rx_parser$payload payload(
        .clock(payload$clock),
        .reset(payload$reset),
        .beat(payload$beat),
        .beat_lanes(payload$beat_lanes),
        .beat_last(payload$beat_last),
        .beat_taken(payload$beat_taken),
        .last_beat_loads(payload$last_beat_loads),
        .headers_end_here(payload$headers_end_here),
        .headers_end_now(payload$headers_end_now),
        .payload_lane(payload$payload_lane),
        .payload_room(payload$payload_room),
        .payload_starts(payload$payload_starts),
        .length_check_failed(payload$length_check_failed),
        .ended_with_length_error(payload$ended_with_length_error),
        .ready(payload$ready),
        .draining(payload$draining),
        .m_axis_tdata(payload$m_axis_tdata),
        .m_axis_tkeep(payload$m_axis_tkeep),
        .m_axis_tlast(payload$m_axis_tlast),
        .m_axis_tuser(payload$m_axis_tuser),
        .m_axis_tvalid(payload$m_axis_tvalid),
        .m_axis_tready(payload$m_axis_tready)
    );
    rx_parser$keep_bytes keep_bytes(
        .data_in(keep_bytes$data_in),
        .data_out(keep_bytes$data_out)
    );
    rx_parser$byte_swap byte_swap(
        .data_in(byte_swap$data_in),
        .data_out(byte_swap$data_out)
    );
    rx_parser$opcodes opcodes(
        .address(opcodes$address),
        .data(opcodes$data)
    );
    rx_parser$keep_lanes keep_lanes(
        .address(keep_lanes$address),
        .data(keep_lanes$data)
    );
    rx_parser$icrc icrc(
        .clock(icrc$clock),
        .reset(icrc$reset),
        .beat(icrc$beat),
        .beat_taken(icrc$beat_taken),
        .beat_last(icrc$beat_last),
        .beat_0(icrc$beat_0),
        .beat_1(icrc$beat_1),
        .beat_2(icrc$beat_2),
        .beat_3(icrc$beat_3),
        .beat_5(icrc$beat_5),
        .result_valid(icrc$result_valid),
        .result_ok(icrc$result_ok)
    );
    rx_parser$checksum checksum(
        .clock(checksum$clock),
        .reset(checksum$reset),
        .beat(checksum$beat),
        .beat_taken(checksum$beat_taken),
        .beat_1(checksum$beat_1),
        .beat_2(checksum$beat_2),
        .beat_3(checksum$beat_3),
        .beat_4(checksum$beat_4),
        .bad(checksum$bad)
    );
    rx_parser$verdict verdict(
        .clock(verdict$clock),
        .reset(verdict$reset),
        .frame_end(verdict$frame_end),
        .frame_flags(verdict$frame_flags),
        .checksum_bad(verdict$checksum_bad),
        .icrc_valid(verdict$icrc_valid),
        .icrc_ok(verdict$icrc_ok),
        .valid(verdict$valid),
        .ready(verdict$ready),
        .cause(verdict$cause),
        .busy(verdict$busy),
        .ended_with_length_error(verdict$ended_with_length_error),
        .stat_index(verdict$stat_index),
        .stat_value(verdict$stat_value)
    );
    rx_parser$beat beat(
        .d(beat$d),
        .q(beat$q),
        .clock(beat$clock)
    );
    rx_parser$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    rx_parser$bth_seen bth_seen(
        .d(bth_seen$d),
        .q(bth_seen$q),
        .clock(bth_seen$clock)
    );
    rx_parser$header_end_next header_end_next(
        .d(header_end_next$d),
        .q(header_end_next$q),
        .clock(header_end_next$clock)
    );
    rx_parser$header header(
        .d(header$d),
        .q(header$q),
        .clock(header$clock)
    );
    rx_parser$flags flags(
        .d(flags$d),
        .q(flags$q),
        .clock(flags$clock)
    );
    rx_parser$header_done header_done(
        .d(header_done$d),
        .q(header_done$q),
        .clock(header_done$clock)
    );
    rx_parser$ip_length ip_length(
        .d(ip_length$d),
        .q(ip_length$q),
        .clock(ip_length$clock)
    );
    rx_parser$udp_length_ok udp_length_ok(
        .d(udp_length_ok$d),
        .q(udp_length_ok$q),
        .clock(udp_length_ok$clock)
    );
    rx_parser$payload_room payload_room(
        .d(payload_room$d),
        .q(payload_room$q),
        .clock(payload_room$clock)
    );
    rx_parser$rule rule(
        .d(rule$d),
        .q(rule$q),
        .clock(rule$clock)
    );
    rx_parser$pad_count pad_count(
        .d(pad_count$d),
        .q(pad_count$q),
        .clock(pad_count$clock)
    );
    rx_parser$header_end_beat header_end_beat(
        .d(header_end_beat$d),
        .q(header_end_beat$q),
        .clock(header_end_beat$clock)
    );
    rx_parser$payload_lane payload_lane(
        .d(payload_lane$d),
        .q(payload_lane$q),
        .clock(payload_lane$clock)
    );
    rx_parser$payload_at_lane_two payload_at_lane_two(
        .d(payload_at_lane_two$d),
        .q(payload_at_lane_two$q),
        .clock(payload_at_lane_two$clock)
    );
    rx_parser$end_beat end_beat(
        .d(end_beat$d),
        .q(end_beat$q),
        .clock(end_beat$clock)
    );
    rx_parser$end_lanes end_lanes(
        .d(end_lanes$d),
        .q(end_lanes$q),
        .clock(end_lanes$clock)
    );
    rx_parser$end_below_minimum end_below_minimum(
        .d(end_below_minimum$d),
        .q(end_below_minimum$q),
        .clock(end_below_minimum$clock)
    );
    rx_parser$last_beat_busy last_beat_busy(
        .d(last_beat_busy$d),
        .q(last_beat_busy$q),
        .clock(last_beat_busy$clock)
    );
    rx_parser$descriptor_busy descriptor_busy(
        .d(descriptor_busy$d),
        .q(descriptor_busy$q),
        .clock(descriptor_busy$clock)
    );
    rx_parser$descriptor descriptor(
        .clock(descriptor$clock),
        .reset(descriptor$reset),
        .headers_end(descriptor$headers_end),
        .length_known(descriptor$length_known),
        .announced_length(descriptor$announced_length),
        .payload_starts(descriptor$payload_starts),
        .header(descriptor$header),
        .length_check_failed(descriptor$length_check_failed),
        .occupied(descriptor$occupied),
        .valid(descriptor$valid),
        .ready(descriptor$ready),
        .dst_mac(descriptor$dst_mac),
        .src_mac(descriptor$src_mac),
        .src_ip(descriptor$src_ip),
        .dst_ip(descriptor$dst_ip),
        .ip_dscp(descriptor$ip_dscp),
        .ip_ecn(descriptor$ip_ecn),
        .udp_src_port(descriptor$udp_src_port),
        .udp_dst_port(descriptor$udp_dst_port),
        .opcode(descriptor$opcode),
        .solicited(descriptor$solicited),
        .mig_req(descriptor$mig_req),
        .pad_count(descriptor$pad_count),
        .tver(descriptor$tver),
        .pkey(descriptor$pkey),
        .fecn(descriptor$fecn),
        .becn(descriptor$becn),
        .dest_qp(descriptor$dest_qp),
        .ack_req(descriptor$ack_req),
        .psn(descriptor$psn),
        .has_reth(descriptor$has_reth),
        .reth_va(descriptor$reth_va),
        .reth_rkey(descriptor$reth_rkey),
        .reth_dma_length(descriptor$reth_dma_length),
        .has_aeth(descriptor$has_aeth),
        .aeth_syndrome(descriptor$aeth_syndrome),
        .aeth_msn(descriptor$aeth_msn),
        .has_immdt(descriptor$has_immdt),
        .immdt(descriptor$immdt),
        .has_ieth(descriptor$has_ieth),
        .ieth_rkey(descriptor$ieth_rkey),
        .has_deth(descriptor$has_deth),
        .deth_qkey(descriptor$deth_qkey),
        .deth_src_qp(descriptor$deth_src_qp),
        .payload_length(descriptor$payload_length),
        .has_payload(descriptor$has_payload)
    );
    
    // Update code
    always @(*) begin
        beat$clock = clock;
        phase$clock = clock;
        bth_seen$clock = clock;
        header_end_next$clock = clock;
        header$clock = clock;
        flags$clock = clock;
        header_done$clock = clock;
        ip_length$clock = clock;
        udp_length_ok$clock = clock;
        payload_room$clock = clock;
        rule$clock = clock;
        pad_count$clock = clock;
        header_end_beat$clock = clock;
        payload_lane$clock = clock;
        payload_at_lane_two$clock = clock;
        end_beat$clock = clock;
        end_lanes$clock = clock;
        end_below_minimum$clock = clock;
        last_beat_busy$clock = clock;
        descriptor_busy$clock = clock;
        beat$d = beat$q;
        phase$d = phase$q;
        bth_seen$d = bth_seen$q;
        header_end_next$d = header_end_next$q;
        header$d = header$q;
        flags$d = flags$q;
        header_done$d = header_done$q;
        ip_length$d = ip_length$q;
        udp_length_ok$d = udp_length_ok$q;
        payload_room$d = payload_room$q;
        rule$d = rule$q;
        pad_count$d = pad_count$q;
        header_end_beat$d = header_end_beat$q;
        payload_lane$d = payload_lane$q;
        payload_at_lane_two$d = payload_at_lane_two$q;
        end_beat$d = end_beat$q;
        end_lanes$d = end_lanes$q;
        end_below_minimum$d = end_below_minimum$q;
        last_beat_busy$d = last_beat_busy$q;
        descriptor_busy$d = descriptor_busy$q;
        input_slice$clock = clock;
        checks$clock = clock;
        payload$clock = clock;
        icrc$clock = clock;
        checksum$clock = clock;
        verdict$clock = clock;
        descriptor$clock = clock;
        input_slice$reset = reset;
        payload$reset = reset;
        icrc$reset = reset;
        checksum$reset = reset;
        verdict$reset = reset;
        descriptor$reset = reset;
        keep_bytes$data_in = s_axis_tkeep;
        keep_lanes$address = s_axis_tkeep;
        data_in = s_axis_tdata;
        input_slice$in_data[(64'h40)+:(4)] = all_lanes;
        input_slice$in_data[(64'h46)+:(1)] = 1'b1;
        input_slice$in_data[(64'h47)+:(1)] = 1'b1;
        if (s_axis_tlast) begin
            data_in = s_axis_tdata & keep_bytes$data_out;
            input_slice$in_data[(64'h40)+:(4)] = keep_lanes$data;
            input_slice$in_data[(64'h46)+:(1)] = |s_axis_tkeep[(32'h1)+:(7)];
            input_slice$in_data[(64'h47)+:(1)] = |s_axis_tkeep[(32'h5)+:(3)];
        end
        input_slice$in_data[(64'h0)+:(64)] = data_in;
        input_slice$in_data[(64'h44)+:(1)] = s_axis_tlast;
        input_slice$in_data[(64'h45)+:(1)] = s_axis_tuser;
        opcodes$address = data_in[(32'h10)+:(8)];
        input_slice$in_data[(64'h48)+:(23)] = opcodes$data;
        input_slice$in_valid = s_axis_tvalid;
        s_axis_tready = input_slice$in_ready;
        tlast = input_slice$out_data[(64'h44)+:(1)];
        data_le = input_slice$out_data[(64'h0)+:(64)];
        lanes = input_slice$out_data[(64'h40)+:(4)];
        byte_swap$data_in = data_le;
        data_be = byte_swap$data_out;
        beat_complete = lanes == all_lanes;
        entry = input_slice$out_data[(64'h48)+:(23)];
        checks$cfg_pkey = cfg_pkey;
        checks$cfg_path_mtu = cfg_path_mtu;
        checks$flags = flags$q;
        checks$beat = data_be;
        checks$beat_0 = phase$q[32'h0];
        checks$beat_1 = phase$q[32'h1];
        checks$beat_2 = phase$q[32'h2];
        checks$beat_4 = phase$q[32'h4];
        checks$beat_5 = phase$q[32'h5];
        checks$beat_6 = phase$q[32'h6];
        checks$beat_complete = beat_complete;
        checks$beat_mac_error = input_slice$out_data[(64'h45)+:(1)];
        checks$opcode_supported = entry[(64'h0)+:(1)];
        checks$udp_length_ok = udp_length_ok$q;
        checks$payload_room = payload_room$q;
        checks$rule = rule$q;
        checks$pad_count = pad_count$q;
        next_flags = checks$next_flags;
        length_check_failed = checks$length_check_failed;
        header_complete_here = header_end_next$q & input_slice$out_data[(64'h47)+:(1)];
        if (payload_at_lane_two$q) begin
            header_complete_here = header_end_next$q & input_slice$out_data[(64'h46)+:(1)];
        end
        can_take = payload$ready;
        if ((header_end_next$q | tlast) & descriptor_busy$q) begin
            can_take = 1'b0;
        end
        if (tlast & last_beat_busy$q) begin
            can_take = 1'b0;
        end
        input_slice$out_ready = can_take;
        accept = input_slice$out_valid & can_take;
        header_complete_now = accept & header_complete_here;
        payload_starts_now = header_complete_now & ~checks$structural_error & (payload_room$q != no_room);
        descriptor_event = header_complete_now | (accept & tlast & ~header_done$q);
        end_minus_one = ((ip_length$q) & 17'h1ffff) + eth_header_minus_one;
        if (input_slice$out_valid) begin
            flags$d = next_flags;
            if (phase$q[32'h0]) begin
                header$d = no_header;
                header$d[(64'h0)+:(64)] = data_be;
            end
            if (phase$q[32'h1]) begin
                header$d[(64'h40)+:(32)] = data_be[(32'h20)+:(32)];
                header$d[(64'h60)+:(8)] = data_be[(32'h0)+:(8)];
            end
            if (phase$q[32'h2]) begin
                ip_length$d = data_be[(32'h30)+:(16)];
            end
            if (phase$q[32'h3]) begin
                header$d[(64'h68)+:(48)] = data_be[(32'h0)+:(48)];
                end_beat$d = ((end_minus_one[(32'h3)+:(14)]) & 10'h3ff);
                end_lanes$d = ((end_minus_one[(32'h0)+:(3)]) & 4'hf) + one_lane;
                end_below_minimum$d = end_minus_one < min_frame_last_byte;
            end
            if (phase$q[32'h4]) begin
                header$d[(64'h98)+:(48)] = data_be[(32'h10)+:(48)];
                udp_length_ok$d = data_be[(32'h0)+:(16)] == (ip_length$q - ip_header_bytes);
            end
            if (phase$q[32'h5]) begin
                bth_seen$d = 1'b1;
                header$d[(64'hc8)+:(32)] = data_be[(32'h10)+:(32)];
                header$d[(64'he8)+:(2)] = data_be[(32'he)+:(2)];
                header$d[(64'hea)+:(8)] = data_be[(32'h0)+:(8)];
                header$d[(64'h1bb)+:(1)] = entry[(64'h3)+:(1)];
                header$d[(64'h1bc)+:(1)] = entry[(64'h4)+:(1)];
                header$d[(64'h1bd)+:(1)] = entry[(64'h5)+:(1)];
                header$d[(64'h1be)+:(1)] = entry[(64'h6)+:(1)];
                header$d[(64'h1bf)+:(1)] = entry[(64'h7)+:(1)];
                rule$d = entry[(64'h1)+:(2)];
                pad_count$d = data_be[(32'h24)+:(2)];
                payload_room$d = ((ip_length$q) & 17'h1ffff) - ((entry[(64'h8)+:(7)]) & 17'h1ffff) - ((data_be[(32'h24)+:(2)]) & 17'h1ffff);
                header_end_beat$d = ((entry[(64'hf)+:(4)]) & 10'h3ff);
                payload_lane$d = entry[(64'h13)+:(4)];
                payload_at_lane_two$d = entry[(64'h13)+:(4)] == lane_two;
            end
            if (phase$q[32'h6]) begin
                header$d[(64'hf2)+:(16)] = data_be[(32'h30)+:(16)];
                header$d[(64'h102)+:(1)] = data_be[32'h2f];
                header$d[(64'h103)+:(24)] = data_be[(32'h10)+:(24)];
                header$d[(64'h11b)+:(16)] = data_be[(32'h0)+:(16)];
            end
            if (phase$q[32'h7]) begin
                header$d[(64'h12b)+:(64)] = data_be;
            end
            if (phase$q[32'h8]) begin
                header$d[(64'h16b)+:(64)] = data_be;
            end
            if (phase$q[32'h9]) begin
                header$d[(64'h1ab)+:(16)] = data_be[(32'h30)+:(16)];
            end
        end
        if (accept) begin
            phase$d = (phase$q << 32'h1) | (phase$q & beyond_phase);
            if (beat$q != beat_max) begin
                beat$d = beat$q + one_beat;
            end
            header_end_next$d = bth_seen$q & (beat$q != beat_max) & ((beat$q + one_beat) == header_end_beat$q);
            if (phase$q[32'h5]) begin
                header_end_next$d = ((entry[(64'hf)+:(4)]) & 10'h3ff) == beat_six;
            end
            if (header_complete_now) begin
                header_done$d = 1'b1;
            end
            if (tlast) begin
                beat$d = no_beats;
                phase$d = first_phase;
                bth_seen$d = 1'b0;
                header_done$d = 1'b0;
                header_end_next$d = 1'b0;
            end
        end
        checksum$beat = data_be;
        checksum$beat_taken = accept;
        checksum$beat_1 = phase$q[32'h1];
        checksum$beat_2 = phase$q[32'h2];
        checksum$beat_3 = phase$q[32'h3];
        checksum$beat_4 = phase$q[32'h4];
        icrc$beat = data_le;
        icrc$beat_taken = accept;
        icrc$beat_last = tlast;
        icrc$beat_0 = phase$q[32'h0];
        icrc$beat_1 = phase$q[32'h1];
        icrc$beat_2 = phase$q[32'h2];
        icrc$beat_3 = phase$q[32'h3];
        icrc$beat_5 = phase$q[32'h5];
        payload$beat = data_le;
        payload$beat_lanes = lanes;
        payload$beat_last = tlast;
        payload$beat_taken = accept;
        payload$last_beat_loads = input_slice$out_valid & tlast & ~last_beat_busy$q;
        payload$headers_end_here = header_complete_here;
        payload$headers_end_now = header_complete_now;
        payload$payload_lane = payload_lane$q;
        payload$payload_room = payload_room$q;
        payload$payload_starts = payload_starts_now;
        payload$length_check_failed = length_check_failed;
        payload$ended_with_length_error = verdict$ended_with_length_error;
        payload$m_axis_tready = m_axis_payload_tready;
        m_axis_payload_tdata = payload$m_axis_tdata;
        m_axis_payload_tkeep = payload$m_axis_tkeep;
        m_axis_payload_tlast = payload$m_axis_tlast;
        m_axis_payload_tuser = payload$m_axis_tuser;
        m_axis_payload_tvalid = payload$m_axis_tvalid;
        last_beat_busy$d = (accept & tlast) | verdict$busy | payload$draining;
        descriptor_busy$d = (descriptor_event | descriptor$occupied) & ((accept & tlast) | ~(header_done$q | header_complete_now));
        descriptor$headers_end = descriptor_event;
        descriptor$length_known = header_complete_now & ~next_flags[(64'he)+:(1)];
        descriptor$announced_length = payload_room$q[(32'h0)+:(16)];
        descriptor$payload_starts = payload_starts_now;
        descriptor$header = header$q;
        descriptor$length_check_failed = length_check_failed;
        descriptor$ready = desc_ready;
        desc_valid = descriptor$valid;
        desc_dst_mac = descriptor$dst_mac;
        desc_src_mac = descriptor$src_mac;
        desc_src_ip = descriptor$src_ip;
        desc_dst_ip = descriptor$dst_ip;
        desc_ip_dscp = descriptor$ip_dscp;
        desc_ip_ecn = descriptor$ip_ecn;
        desc_udp_src_port = descriptor$udp_src_port;
        desc_udp_dst_port = descriptor$udp_dst_port;
        desc_opcode = descriptor$opcode;
        desc_solicited = descriptor$solicited;
        desc_mig_req = descriptor$mig_req;
        desc_pad_count = descriptor$pad_count;
        desc_tver = descriptor$tver;
        desc_pkey = descriptor$pkey;
        desc_fecn = descriptor$fecn;
        desc_becn = descriptor$becn;
        desc_dest_qp = descriptor$dest_qp;
        desc_ack_req = descriptor$ack_req;
        desc_psn = descriptor$psn;
        desc_has_reth = descriptor$has_reth;
        desc_reth_va = descriptor$reth_va;
        desc_reth_rkey = descriptor$reth_rkey;
        desc_reth_dma_length = descriptor$reth_dma_length;
        desc_has_aeth = descriptor$has_aeth;
        desc_aeth_syndrome = descriptor$aeth_syndrome;
        desc_aeth_msn = descriptor$aeth_msn;
        desc_has_immdt = descriptor$has_immdt;
        desc_immdt = descriptor$immdt;
        desc_has_ieth = descriptor$has_ieth;
        desc_ieth_rkey = descriptor$ieth_rkey;
        desc_has_deth = descriptor$has_deth;
        desc_deth_qkey = descriptor$deth_qkey;
        desc_deth_src_qp = descriptor$deth_src_qp;
        desc_payload_length = descriptor$payload_length;
        desc_has_payload = descriptor$has_payload;
        frame_flags = next_flags;
        frame_flags[(64'hd)+:(1)] = ~(header_done$q | header_complete_now);
        frame_flags[(64'h11)+:(1)] = ~(((beat$q == end_beat$q) & (lanes == end_lanes$q)) | (end_below_minimum$q & (beat$q == min_frame_beat) & (lanes == min_frame_lanes)));
        verdict$frame_end = accept & tlast;
        verdict$frame_flags = frame_flags;
        verdict$checksum_bad = checksum$bad;
        verdict$icrc_valid = icrc$result_valid;
        verdict$icrc_ok = icrc$result_ok;
        verdict$ready = verdict_ready;
        verdict_valid = verdict$valid;
        verdict_cause = verdict$cause;
        verdict$stat_index = stat_index;
        stat_value = verdict$stat_value;
        if (reset) begin
            beat$d = no_beats;
            phase$d = first_phase;
            bth_seen$d = 1'b0;
            header_done$d = 1'b0;
            last_beat_busy$d = 1'b1;
            descriptor_busy$d = 1'b0;
        end
    end
    
endmodule // rx_parser


module rx_parser$beat(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$beat


module rx_parser$bth_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$bth_seen


module rx_parser$byte_swap(data_in,data_out);
    
    // Module arguments
    input wire  [63:0] data_in;
    output reg  [63:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[56];
        data_out[1] = data_in[57];
        data_out[2] = data_in[58];
        data_out[3] = data_in[59];
        data_out[4] = data_in[60];
        data_out[5] = data_in[61];
        data_out[6] = data_in[62];
        data_out[7] = data_in[63];
        data_out[8] = data_in[48];
        data_out[9] = data_in[49];
        data_out[10] = data_in[50];
        data_out[11] = data_in[51];
        data_out[12] = data_in[52];
        data_out[13] = data_in[53];
        data_out[14] = data_in[54];
        data_out[15] = data_in[55];
        data_out[16] = data_in[40];
        data_out[17] = data_in[41];
        data_out[18] = data_in[42];
        data_out[19] = data_in[43];
        data_out[20] = data_in[44];
        data_out[21] = data_in[45];
        data_out[22] = data_in[46];
        data_out[23] = data_in[47];
        data_out[24] = data_in[32];
        data_out[25] = data_in[33];
        data_out[26] = data_in[34];
        data_out[27] = data_in[35];
        data_out[28] = data_in[36];
        data_out[29] = data_in[37];
        data_out[30] = data_in[38];
        data_out[31] = data_in[39];
        data_out[32] = data_in[24];
        data_out[33] = data_in[25];
        data_out[34] = data_in[26];
        data_out[35] = data_in[27];
        data_out[36] = data_in[28];
        data_out[37] = data_in[29];
        data_out[38] = data_in[30];
        data_out[39] = data_in[31];
        data_out[40] = data_in[16];
        data_out[41] = data_in[17];
        data_out[42] = data_in[18];
        data_out[43] = data_in[19];
        data_out[44] = data_in[20];
        data_out[45] = data_in[21];
        data_out[46] = data_in[22];
        data_out[47] = data_in[23];
        data_out[48] = data_in[8];
        data_out[49] = data_in[9];
        data_out[50] = data_in[10];
        data_out[51] = data_in[11];
        data_out[52] = data_in[12];
        data_out[53] = data_in[13];
        data_out[54] = data_in[14];
        data_out[55] = data_in[15];
        data_out[56] = data_in[0];
        data_out[57] = data_in[1];
        data_out[58] = data_in[2];
        data_out[59] = data_in[3];
        data_out[60] = data_in[4];
        data_out[61] = data_in[5];
        data_out[62] = data_in[6];
        data_out[63] = data_in[7];
    end
endmodule // rx_parser$byte_swap


module rx_parser$checks(clock,cfg_pkey,cfg_path_mtu,flags,beat,beat_0,beat_1,beat_2,beat_4,beat_5,beat_6,beat_complete,beat_mac_error,opcode_supported,udp_length_ok,payload_room,rule,pad_count,next_flags,structural_error,length_check_failed);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] cfg_pkey;
    input wire  [12:0] cfg_path_mtu;
    input wire  [17:0] flags;
    input wire  [63:0] beat;
    input wire  beat_0;
    input wire  beat_1;
    input wire  beat_2;
    input wire  beat_4;
    input wire  beat_5;
    input wire  beat_6;
    input wire  beat_complete;
    input wire  beat_mac_error;
    input wire  opcode_supported;
    input wire  udp_length_ok;
    input wire  [16:0] payload_room;
    input wire  [1:0] rule;
    input wire  [1:0] pad_count;
    output reg  [17:0] next_flags;
    output reg  structural_error;
    output reg  length_check_failed;
    
    // Constant declarations
    localparam  no_flags = 18'b0;
    localparam  ethertype_ipv4 = 16'h800;
    localparam  ethertype_ipv6 = 16'h86dd;
    localparam  ethertype_vlan = 16'h8100;
    localparam  ethertype_qinq = 16'h88a8;
    localparam  ip_version = 4'h4;
    localparam  ihl_plain = 4'h5;
    localparam  fragment_bits = 16'h3fff;
    localparam  not_fragmented = 16'h0;
    localparam  udp_protocol = 8'h11;
    localparam  rocev2_port = 16'h12b7;
    localparam  no_tver = 4'h0;
    localparam  pkey_bits = 16'h7fff;
    localparam  rule_empty = 2'b0;
    localparam  rule_exactly_mtu = 2'b1;
    localparam  rule_one_to_mtu = 2'b10;
    localparam  no_room = 17'b0;
    localparam  whole_words = 2'b0;
    
    // Stub signals
    reg  [15:0] pkey$d;
    wire  [15:0] pkey$q;
    reg  pkey$clock;
    reg  [12:0] path_mtu$d;
    wire  [12:0] path_mtu$q;
    reg  path_mtu$clock;
    
    // Local signals
    reg  [15:0] ethertype;
    reg  length_error;
    reg  too_long_error;
    reg  payload_length_error;
    
    // Sub module instances
    rx_parser$checks$pkey pkey(
        .d(pkey$d),
        .q(pkey$q),
        .clock(pkey$clock)
    );
    rx_parser$checks$path_mtu path_mtu(
        .d(path_mtu$d),
        .q(path_mtu$q),
        .clock(path_mtu$clock)
    );
    
    // Update code
    always @(*) begin
        pkey$clock = clock;
        path_mtu$clock = clock;
        pkey$d = pkey$q;
        path_mtu$d = path_mtu$q;
        pkey$d = cfg_pkey;
        path_mtu$d = cfg_path_mtu;
        ethertype = beat[(32'h10)+:(16)];
        next_flags = flags;
        if (beat_0) begin
            next_flags = no_flags;
        end
        if (beat_mac_error) begin
            next_flags[(64'h0)+:(1)] = 1'b1;
        end
        if (beat_1 & beat_complete) begin
            if ((ethertype == ethertype_vlan) | (ethertype == ethertype_qinq)) begin
                next_flags[(64'h1)+:(1)] = 1'b1;
            end
            else if (ethertype == ethertype_ipv6) begin
                next_flags[(64'h2)+:(1)] = 1'b1;
            end
            else if (ethertype != ethertype_ipv4) begin
                next_flags[(64'h3)+:(1)] = 1'b1;
            end
            if ((beat[(32'hc)+:(4)] != ip_version) | (beat[(32'h8)+:(4)] < ihl_plain)) begin
                next_flags[(64'h4)+:(1)] = 1'b1;
            end
            else if (beat[(32'h8)+:(4)] > ihl_plain) begin
                next_flags[(64'h5)+:(1)] = 1'b1;
            end
        end
        if (beat_2 & beat_complete) begin
            if ((beat[(32'h10)+:(16)] & fragment_bits) != not_fragmented) begin
                next_flags[(64'h6)+:(1)] = 1'b1;
            end
            if (beat[(32'h0)+:(8)] != udp_protocol) begin
                next_flags[(64'h7)+:(1)] = 1'b1;
            end
        end
        if (beat_4 & beat_complete) begin
            next_flags[(64'h8)+:(1)] = 1'b1;
            if (beat[(32'h10)+:(16)] != rocev2_port) begin
                next_flags[(64'h9)+:(1)] = 1'b1;
            end
        end
        if (beat_5 & beat_complete) begin
            if (beat[(32'h20)+:(4)] != no_tver) begin
                next_flags[(64'ha)+:(1)] = 1'b1;
            end
            if (~opcode_supported) begin
                next_flags[(64'hb)+:(1)] = 1'b1;
            end
            if ((beat[(32'h10)+:(16)] & pkey_bits) != (pkey$q & pkey_bits)) begin
                next_flags[(64'hc)+:(1)] = 1'b1;
            end
        end
        length_error = ~udp_length_ok | payload_room[32'h10];
        too_long_error = payload_room > ((path_mtu$q) & 17'h1ffff);
        payload_length_error = (payload_room[(32'h0)+:(2)] + pad_count) != whole_words;
        if ((rule == rule_empty) & (payload_room != no_room)) begin
            payload_length_error = 1'b1;
        end
        if ((rule == rule_exactly_mtu) & (payload_room != ((path_mtu$q) & 17'h1ffff))) begin
            payload_length_error = 1'b1;
        end
        if ((rule == rule_one_to_mtu) & (payload_room == no_room)) begin
            payload_length_error = 1'b1;
        end
        if (beat_6) begin
            next_flags[(64'he)+:(1)] = length_error;
            next_flags[(64'hf)+:(1)] = too_long_error;
            next_flags[(64'h10)+:(1)] = payload_length_error;
        end
        structural_error = flags[(64'h1)+:(1)] | flags[(64'h2)+:(1)] | flags[(64'h3)+:(1)] | flags[(64'h4)+:(1)] | flags[(64'h5)+:(1)] | flags[(64'h6)+:(1)] | flags[(64'h7)+:(1)] | flags[(64'h9)+:(1)] | flags[(64'ha)+:(1)] | flags[(64'hb)+:(1)] | flags[(64'hc)+:(1)] | flags[(64'he)+:(1)] | flags[(64'hf)+:(1)] | flags[(64'h10)+:(1)];
        length_check_failed = flags[(64'he)+:(1)] | flags[(64'hf)+:(1)] | flags[(64'h10)+:(1)];
    end
    
endmodule // rx_parser$checks


module rx_parser$checks$path_mtu(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checks$path_mtu


module rx_parser$checks$pkey(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checks$pkey


module rx_parser$checksum(clock,reset,beat,beat_taken,beat_1,beat_2,beat_3,beat_4,bad);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] beat;
    input wire  beat_taken;
    input wire  beat_1;
    input wire  beat_2;
    input wire  beat_3;
    input wire  beat_4;
    output reg  bad;
    
    // Constant declarations
    localparam  whole_word = 17'b1111111111111111;
    localparam  no_word = 17'b0;
    localparam  sum_ok = 17'b1111111111111111;
    
    // Stub signals
    reg  [16:0] pair_a$d;
    wire  [16:0] pair_a$q;
    reg  pair_a$clock;
    reg  [16:0] pair_b$d;
    wire  [16:0] pair_b$q;
    reg  pair_b$clock;
    reg  pairs_valid$d;
    wire  pairs_valid$q;
    reg  pairs_valid$clock;
    reg  pairs_first$d;
    wire  pairs_first$q;
    reg  pairs_first$clock;
    reg  pairs_last$d;
    wire  pairs_last$q;
    reg  pairs_last$clock;
    reg  [18:0] total_a$d;
    wire  [18:0] total_a$q;
    reg  total_a$clock;
    reg  [18:0] total_b$d;
    wire  [18:0] total_b$q;
    reg  total_b$clock;
    reg  combine$d;
    wire  combine$q;
    reg  combine$clock;
    reg  [19:0] total$d;
    wire  [19:0] total$q;
    reg  total$clock;
    reg  check$d;
    wire  check$q;
    reg  check$clock;
    reg  bad_sum$d;
    wire  bad_sum$q;
    reg  bad_sum$clock;
    
    // Local signals
    reg  [16:0] word_a;
    reg  [16:0] word_b;
    reg  [16:0] word_c;
    reg  [16:0] word_d;
    
    // Sub module instances
    rx_parser$checksum$pair_a pair_a(
        .d(pair_a$d),
        .q(pair_a$q),
        .clock(pair_a$clock)
    );
    rx_parser$checksum$pair_b pair_b(
        .d(pair_b$d),
        .q(pair_b$q),
        .clock(pair_b$clock)
    );
    rx_parser$checksum$pairs_valid pairs_valid(
        .d(pairs_valid$d),
        .q(pairs_valid$q),
        .clock(pairs_valid$clock)
    );
    rx_parser$checksum$pairs_first pairs_first(
        .d(pairs_first$d),
        .q(pairs_first$q),
        .clock(pairs_first$clock)
    );
    rx_parser$checksum$pairs_last pairs_last(
        .d(pairs_last$d),
        .q(pairs_last$q),
        .clock(pairs_last$clock)
    );
    rx_parser$checksum$total_a total_a(
        .d(total_a$d),
        .q(total_a$q),
        .clock(total_a$clock)
    );
    rx_parser$checksum$total_b total_b(
        .d(total_b$d),
        .q(total_b$q),
        .clock(total_b$clock)
    );
    rx_parser$checksum$combine combine(
        .d(combine$d),
        .q(combine$q),
        .clock(combine$clock)
    );
    rx_parser$checksum$total total(
        .d(total$d),
        .q(total$q),
        .clock(total$clock)
    );
    rx_parser$checksum$check check(
        .d(check$d),
        .q(check$q),
        .clock(check$clock)
    );
    rx_parser$checksum$bad_sum bad_sum(
        .d(bad_sum$d),
        .q(bad_sum$q),
        .clock(bad_sum$clock)
    );
    
    // Update code
    always @(*) begin
        pair_a$clock = clock;
        pair_b$clock = clock;
        pairs_valid$clock = clock;
        pairs_first$clock = clock;
        pairs_last$clock = clock;
        total_a$clock = clock;
        total_b$clock = clock;
        combine$clock = clock;
        total$clock = clock;
        check$clock = clock;
        bad_sum$clock = clock;
        pair_a$d = pair_a$q;
        pair_b$d = pair_b$q;
        pairs_valid$d = pairs_valid$q;
        pairs_first$d = pairs_first$q;
        pairs_last$d = pairs_last$q;
        total_a$d = total_a$q;
        total_b$d = total_b$q;
        combine$d = combine$q;
        total$d = total$q;
        check$d = check$q;
        bad_sum$d = bad_sum$q;
        word_a = whole_word;
        word_b = whole_word;
        word_c = whole_word;
        word_d = whole_word;
        if (beat_1) begin
            word_a = no_word;
            word_b = no_word;
            word_c = no_word;
        end
        if (beat_4) begin
            word_b = no_word;
            word_c = no_word;
            word_d = no_word;
        end
        pair_a$d = (((beat[(32'h30)+:(16)]) & 17'h1ffff) & word_a) + (((beat[(32'h20)+:(16)]) & 17'h1ffff) & word_b);
        pair_b$d = (((beat[(32'h10)+:(16)]) & 17'h1ffff) & word_c) + (((beat[(32'h0)+:(16)]) & 17'h1ffff) & word_d);
        pairs_valid$d = beat_taken & (beat_1 | beat_2 | beat_3 | beat_4);
        pairs_first$d = beat_1;
        pairs_last$d = beat_4;
        if (pairs_valid$q) begin
            if (pairs_first$q) begin
                total_a$d = ((pair_a$q) & 19'h7ffff);
                total_b$d = ((pair_b$q) & 19'h7ffff);
            end
            else begin
                total_a$d = total_a$q + ((pair_a$q) & 19'h7ffff);
                total_b$d = total_b$q + ((pair_b$q) & 19'h7ffff);
            end
        end
        combine$d = pairs_valid$q & pairs_last$q;
        total$d = ((total_a$q) & 20'hfffff) + ((total_b$q) & 20'hfffff);
        check$d = combine$q;
        if (check$q) begin
            bad_sum$d = (((total$q[(32'h0)+:(16)]) & 17'h1ffff) + ((total$q[(32'h10)+:(4)]) & 17'h1ffff)) != sum_ok;
        end
        bad = bad_sum$q;
        if (reset) begin
            pairs_valid$d = 1'b0;
            check$d = 1'b0;
            combine$d = 1'b0;
        end
    end
    
endmodule // rx_parser$checksum


module rx_parser$checksum$bad_sum(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum$bad_sum


module rx_parser$checksum$check(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum$check


module rx_parser$checksum$combine(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum$combine


module rx_parser$checksum$pair_a(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum$pair_a


module rx_parser$checksum$pair_b(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum$pair_b


module rx_parser$checksum$pairs_first(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum$pairs_first


module rx_parser$checksum$pairs_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum$pairs_last


module rx_parser$checksum$pairs_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum$pairs_valid


module rx_parser$checksum$total(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 20'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum$total


module rx_parser$checksum$total_a(d,q,clock);
    
    // Module arguments
    input wire  [18:0] d;
    output reg  [18:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 19'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum$total_a


module rx_parser$checksum$total_b(d,q,clock);
    
    // Module arguments
    input wire  [18:0] d;
    output reg  [18:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 19'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$checksum$total_b


module rx_parser$descriptor(clock,reset,headers_end,length_known,announced_length,payload_starts,header,length_check_failed,occupied,valid,ready,dst_mac,src_mac,src_ip,dst_ip,ip_dscp,ip_ecn,udp_src_port,udp_dst_port,opcode,solicited,mig_req,pad_count,tver,pkey,fecn,becn,dest_qp,ack_req,psn,has_reth,reth_va,reth_rkey,reth_dma_length,has_aeth,aeth_syndrome,aeth_msn,has_immdt,immdt,has_ieth,ieth_rkey,has_deth,deth_qkey,deth_src_qp,payload_length,has_payload);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  headers_end;
    input wire  length_known;
    input wire  [15:0] announced_length;
    input wire  payload_starts;
    input wire  [464:0] header;
    input wire  length_check_failed;
    output reg  occupied;
    output reg  valid;
    input wire  ready;
    output reg  [47:0] dst_mac;
    output reg  [47:0] src_mac;
    output reg  [31:0] src_ip;
    output reg  [31:0] dst_ip;
    output reg  [5:0] ip_dscp;
    output reg  [1:0] ip_ecn;
    output reg  [15:0] udp_src_port;
    output reg  [15:0] udp_dst_port;
    output reg  [7:0] opcode;
    output reg  solicited;
    output reg  mig_req;
    output reg  [1:0] pad_count;
    output reg  [3:0] tver;
    output reg  [15:0] pkey;
    output reg  fecn;
    output reg  becn;
    output reg  [23:0] dest_qp;
    output reg  ack_req;
    output reg  [23:0] psn;
    output reg  has_reth;
    output reg  [63:0] reth_va;
    output reg  [31:0] reth_rkey;
    output reg  [31:0] reth_dma_length;
    output reg  has_aeth;
    output reg  [7:0] aeth_syndrome;
    output reg  [23:0] aeth_msn;
    output reg  has_immdt;
    output reg  [31:0] immdt;
    output reg  has_ieth;
    output reg  [31:0] ieth_rkey;
    output reg  has_deth;
    output reg  [31:0] deth_qkey;
    output reg  [23:0] deth_src_qp;
    output reg  [15:0] payload_length;
    output reg  has_payload;
    
    // Constant declarations
    localparam  no_length = 16'h0;
    localparam  no_field_8 = 8'h0;
    localparam  no_field_24 = 24'h0;
    localparam  no_field_32 = 32'h0;
    localparam  no_field_64 = 64'h0;
    
    // Stub signals
    reg  load$d;
    wire  load$q;
    reg  load$clock;
    reg  [464:0] held$d;
    wire  [464:0] held$q;
    reg  held$clock;
    reg  held_valid$d;
    wire  held_valid$q;
    reg  held_valid$clock;
    reg  [15:0] staged_payload_length$d;
    wire  [15:0] staged_payload_length$q;
    reg  staged_payload_length$clock;
    reg  staged_has_payload$d;
    wire  staged_has_payload$q;
    reg  staged_has_payload$clock;
    
    // Local signals
    reg  [31:0] ext_word;
    reg  [63:0] d_b0;
    reg  [31:0] d_b1;
    reg  [7:0] d_tos;
    reg  [47:0] d_b3;
    reg  [47:0] d_b4;
    reg  [31:0] d_bth_head;
    reg  [1:0] d_bth_congestion;
    reg  [15:0] d_ext_a;
    reg  [63:0] d_ext_b;
    reg  [63:0] d_ext_c;
    reg  [15:0] d_ext_d;
    
    // Sub module instances
    rx_parser$descriptor$load load(
        .d(load$d),
        .q(load$q),
        .clock(load$clock)
    );
    rx_parser$descriptor$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    rx_parser$descriptor$held_valid held_valid(
        .d(held_valid$d),
        .q(held_valid$q),
        .clock(held_valid$clock)
    );
    rx_parser$descriptor$staged_payload_length staged_payload_length(
        .d(staged_payload_length$d),
        .q(staged_payload_length$q),
        .clock(staged_payload_length$clock)
    );
    rx_parser$descriptor$staged_has_payload staged_has_payload(
        .d(staged_has_payload$d),
        .q(staged_has_payload$q),
        .clock(staged_has_payload$clock)
    );
    
    // Update code
    always @(*) begin
        load$clock = clock;
        held$clock = clock;
        held_valid$clock = clock;
        staged_payload_length$clock = clock;
        staged_has_payload$clock = clock;
        load$d = load$q;
        held$d = held$q;
        held_valid$d = held_valid$q;
        staged_payload_length$d = staged_payload_length$q;
        staged_has_payload$d = staged_has_payload$q;
        occupied = load$q | (held_valid$q & ~ready);
        load$d = headers_end;
        if (headers_end) begin
            staged_payload_length$d = no_length;
            if (length_known) begin
                staged_payload_length$d = announced_length;
            end
            staged_has_payload$d = payload_starts;
        end
        if (held_valid$q & ready) begin
            held_valid$d = 1'b0;
        end
        if (load$q) begin
            held$d = header;
            held$d[(64'h1c0)+:(16)] = staged_payload_length$q;
            held$d[(64'h1d0)+:(1)] = staged_has_payload$q & ~length_check_failed;
            held_valid$d = 1'b1;
        end
        valid = held_valid$q;
        d_b0 = held$q[(64'h0)+:(64)];
        d_b1 = held$q[(64'h40)+:(32)];
        d_tos = held$q[(64'h60)+:(8)];
        d_b3 = held$q[(64'h68)+:(48)];
        d_b4 = held$q[(64'h98)+:(48)];
        d_bth_head = held$q[(64'hc8)+:(32)];
        d_bth_congestion = held$q[(64'he8)+:(2)];
        d_ext_a = held$q[(64'h11b)+:(16)];
        d_ext_b = held$q[(64'h12b)+:(64)];
        d_ext_c = held$q[(64'h16b)+:(64)];
        d_ext_d = held$q[(64'h1ab)+:(16)];
        dst_mac = d_b0[(32'h10)+:(48)];
        src_mac = (((d_b0[(32'h0)+:(16)]) & 48'hffffffffffff) << 32'h20) | ((d_b1) & 48'hffffffffffff);
        ip_dscp = d_tos[(32'h2)+:(6)];
        ip_ecn = d_tos[(32'h0)+:(2)];
        src_ip = d_b3[(32'h10)+:(32)];
        dst_ip = (((d_b3[(32'h0)+:(16)]) & 32'hffffffff) << 32'h10) | ((d_b4[(32'h20)+:(16)]) & 32'hffffffff);
        udp_src_port = d_b4[(32'h10)+:(16)];
        udp_dst_port = d_b4[(32'h0)+:(16)];
        opcode = d_bth_head[(32'h18)+:(8)];
        solicited = d_bth_head[32'h17];
        mig_req = d_bth_head[32'h16];
        pad_count = d_bth_head[(32'h14)+:(2)];
        tver = d_bth_head[(32'h10)+:(4)];
        pkey = d_bth_head[(32'h0)+:(16)];
        fecn = d_bth_congestion[32'h1];
        becn = d_bth_congestion[32'h0];
        dest_qp = (((held$q[(64'hea)+:(8)]) & 24'hffffff) << 32'h10) | ((held$q[(64'hf2)+:(16)]) & 24'hffffff);
        ack_req = held$q[(64'h102)+:(1)];
        psn = held$q[(64'h103)+:(24)];
        ext_word = (((d_ext_a) & 32'hffffffff) << 32'h10) | ((d_ext_b[(32'h30)+:(16)]) & 32'hffffffff);
        has_reth = held$q[(64'h1bb)+:(1)];
        reth_va = no_field_64;
        reth_rkey = no_field_32;
        reth_dma_length = no_field_32;
        if (held$q[(64'h1bb)+:(1)]) begin
            reth_va = (((d_ext_a) & 64'hffffffffffffffff) << 32'h30) | ((d_ext_b[(32'h10)+:(48)]) & 64'hffffffffffffffff);
            reth_rkey = (((d_ext_b[(32'h0)+:(16)]) & 32'hffffffff) << 32'h10) | ((d_ext_c[(32'h30)+:(16)]) & 32'hffffffff);
            reth_dma_length = d_ext_c[(32'h10)+:(32)];
        end
        has_aeth = held$q[(64'h1bc)+:(1)];
        aeth_syndrome = no_field_8;
        aeth_msn = no_field_24;
        if (held$q[(64'h1bc)+:(1)]) begin
            aeth_syndrome = ext_word[(32'h18)+:(8)];
            aeth_msn = ext_word[(32'h0)+:(24)];
        end
        has_immdt = held$q[(64'h1bd)+:(1)];
        immdt = no_field_32;
        if (held$q[(64'h1bd)+:(1)]) begin
            immdt = ext_word;
            if (held$q[(64'h1bb)+:(1)]) begin
                immdt = (((d_ext_c[(32'h0)+:(16)]) & 32'hffffffff) << 32'h10) | ((d_ext_d) & 32'hffffffff);
            end
            if (held$q[(64'h1bf)+:(1)]) begin
                immdt = (((d_ext_b[(32'h0)+:(16)]) & 32'hffffffff) << 32'h10) | ((d_ext_c[(32'h30)+:(16)]) & 32'hffffffff);
            end
        end
        has_ieth = held$q[(64'h1be)+:(1)];
        ieth_rkey = no_field_32;
        if (held$q[(64'h1be)+:(1)]) begin
            ieth_rkey = ext_word;
        end
        has_deth = held$q[(64'h1bf)+:(1)];
        deth_qkey = no_field_32;
        deth_src_qp = no_field_24;
        if (held$q[(64'h1bf)+:(1)]) begin
            deth_qkey = ext_word;
            deth_src_qp = d_ext_b[(32'h10)+:(24)];
        end
        payload_length = held$q[(64'h1c0)+:(16)];
        has_payload = held$q[(64'h1d0)+:(1)];
        if (reset) begin
            load$d = 1'b0;
            held_valid$d = 1'b0;
        end
    end
    
endmodule // rx_parser$descriptor


module rx_parser$descriptor$held(d,q,clock);
    
    // Module arguments
    input wire  [464:0] d;
    output reg  [464:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 465'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$descriptor$held


module rx_parser$descriptor$held_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$descriptor$held_valid


module rx_parser$descriptor$load(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$descriptor$load


module rx_parser$descriptor$staged_has_payload(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$descriptor$staged_has_payload


module rx_parser$descriptor$staged_payload_length(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$descriptor$staged_payload_length


module rx_parser$descriptor_busy(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$descriptor_busy


module rx_parser$end_beat(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$end_beat


module rx_parser$end_below_minimum(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$end_below_minimum


module rx_parser$end_lanes(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$end_lanes


module rx_parser$flags(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$flags


module rx_parser$header(d,q,clock);
    
    // Module arguments
    input wire  [464:0] d;
    output reg  [464:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 465'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$header


module rx_parser$header_done(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$header_done


module rx_parser$header_end_beat(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$header_end_beat


module rx_parser$header_end_next(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$header_end_next


module rx_parser$icrc(clock,reset,beat,beat_taken,beat_last,beat_0,beat_1,beat_2,beat_3,beat_5,result_valid,result_ok);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] beat;
    input wire  beat_taken;
    input wire  beat_last;
    input wire  beat_0;
    input wire  beat_1;
    input wire  beat_2;
    input wire  beat_3;
    input wire  beat_5;
    output reg  result_valid;
    output reg  result_ok;
    
    // Constant declarations
    localparam  mask_beat2 = 64'hff000000000000;
    localparam  mask_beat3 = 64'hffff;
    localparam  mask_beat5 = 64'hff00000000ffff;
    localparam  beat1_image = 64'hff45ffffffffffff;
    localparam  six_bytes = 3'b110;
    localparam  no_shift = 3'b0;
    localparam  word_bits = 7'b1000000;
    
    // Stub signals
    reg  icrc$clock;
    reg  icrc$reset;
    reg  [63:0] icrc$word;
    reg  icrc$word_valid;
    reg  icrc$word_first;
    reg  icrc$word_last;
    reg  [31:0] icrc$init;
    wire  icrc$result_valid;
    wire  icrc$result_ok;
    wire  [31:0] icrc$result_crc;
    reg  [2:0] inits$address;
    wire  [31:0] inits$data;
    reg  [2:0] shift$d;
    wire  [2:0] shift$q;
    reg  shift$clock;
    reg  [63:0] previous$d;
    wire  [63:0] previous$q;
    reg  previous$clock;
    reg  [63:0] current$d;
    wire  [63:0] current$q;
    reg  current$clock;
    reg  word_valid$d;
    wire  word_valid$q;
    reg  word_valid$clock;
    reg  word_first$d;
    wire  word_first$q;
    reg  word_first$clock;
    reg  word_last$d;
    wire  word_last$q;
    reg  word_last$clock;
    
    // Local signals
    reg  [6:0] shift_bits;
    
    // Sub module instances
    rx_parser$icrc$icrc icrc(
        .clock(icrc$clock),
        .reset(icrc$reset),
        .word(icrc$word),
        .word_valid(icrc$word_valid),
        .word_first(icrc$word_first),
        .word_last(icrc$word_last),
        .init(icrc$init),
        .result_valid(icrc$result_valid),
        .result_ok(icrc$result_ok),
        .result_crc(icrc$result_crc)
    );
    rx_parser$icrc$inits inits(
        .address(inits$address),
        .data(inits$data)
    );
    rx_parser$icrc$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    rx_parser$icrc$previous previous(
        .d(previous$d),
        .q(previous$q),
        .clock(previous$clock)
    );
    rx_parser$icrc$current current(
        .d(current$d),
        .q(current$q),
        .clock(current$clock)
    );
    rx_parser$icrc$word_valid word_valid(
        .d(word_valid$d),
        .q(word_valid$q),
        .clock(word_valid$clock)
    );
    rx_parser$icrc$word_first word_first(
        .d(word_first$d),
        .q(word_first$q),
        .clock(word_first$clock)
    );
    rx_parser$icrc$word_last word_last(
        .d(word_last$d),
        .q(word_last$q),
        .clock(word_last$clock)
    );
    
    // Update code
    always @(*) begin
        shift$clock = clock;
        previous$clock = clock;
        current$clock = clock;
        word_valid$clock = clock;
        word_first$clock = clock;
        word_last$clock = clock;
        shift$d = shift$q;
        previous$d = previous$q;
        current$d = current$q;
        word_valid$d = word_valid$q;
        word_first$d = word_first$q;
        word_last$d = word_last$q;
        icrc$clock = clock;
        icrc$reset = reset;
        if (beat_taken) begin
            previous$d = current$q;
            current$d = beat;
            if (beat_1) begin
                current$d = beat1_image;
            end
            if (beat_2) begin
                current$d = beat | mask_beat2;
                shift$d = beat[(32'h8)+:(3)] + six_bytes;
            end
            if (beat_3) begin
                current$d = beat | mask_beat3;
            end
            if (beat_5) begin
                current$d = beat | mask_beat5;
            end
        end
        word_valid$d = beat_taken & ~beat_0 & ~beat_1;
        word_first$d = beat_2;
        word_last$d = beat_last;
        shift_bits = ((shift$q) & 7'h7f) << 32'h3;
        icrc$word = current$q;
        if (shift$q != no_shift) begin
            icrc$word = (previous$q >> shift_bits) | (current$q << (word_bits - shift_bits));
        end
        icrc$word_valid = word_valid$q;
        icrc$word_first = word_first$q;
        icrc$word_last = word_last$q;
        inits$address = shift$q;
        icrc$init = inits$data;
        result_valid = icrc$result_valid;
        result_ok = icrc$result_ok;
        if (reset) begin
            word_valid$d = 1'b0;
        end
    end
    
endmodule // rx_parser$icrc


module rx_parser$icrc$current(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$current


module rx_parser$icrc$icrc(clock,reset,word,word_valid,word_first,word_last,init,result_valid,result_ok,result_crc);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] word;
    input wire  word_valid;
    input wire  word_first;
    input wire  word_last;
    input wire  [31:0] init;
    output reg  result_valid;
    output reg  result_ok;
    output reg  [31:0] result_crc;
    
    // Constant declarations
    localparam  residue = 32'hdebb20e3;
    
    // Stub signals
    reg  [63:0] word_term$data_in;
    wire  [31:0] word_term$data_out;
    reg  [31:0] register_term$data_in;
    wire  [31:0] register_term$data_out;
    reg  [63:0] word_q$d;
    wire  [63:0] word_q$q;
    reg  word_q$clock;
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  first_q$d;
    wire  first_q$q;
    reg  first_q$clock;
    reg  last_q$d;
    wire  last_q$q;
    reg  last_q$clock;
    reg  [31:0] init_q$d;
    wire  [31:0] init_q$q;
    reg  init_q$clock;
    reg  [31:0] term_q$d;
    wire  [31:0] term_q$q;
    reg  term_q$clock;
    reg  term_valid_q$d;
    wire  term_valid_q$q;
    reg  term_valid_q$clock;
    reg  term_last_q$d;
    wire  term_last_q$q;
    reg  term_last_q$clock;
    reg  [31:0] register$d;
    wire  [31:0] register$q;
    reg  register$clock;
    reg  check_q$d;
    wire  check_q$q;
    reg  check_q$clock;
    reg  result_valid_q$d;
    wire  result_valid_q$q;
    reg  result_valid_q$clock;
    reg  result_ok_q$d;
    wire  result_ok_q$q;
    reg  result_ok_q$clock;
    reg  [31:0] result_crc_q$d;
    wire  [31:0] result_crc_q$q;
    reg  result_crc_q$clock;
    
    // Sub module instances
    rx_parser$icrc$icrc$word_term word_term(
        .data_in(word_term$data_in),
        .data_out(word_term$data_out)
    );
    rx_parser$icrc$icrc$register_term register_term(
        .data_in(register_term$data_in),
        .data_out(register_term$data_out)
    );
    rx_parser$icrc$icrc$word_q word_q(
        .d(word_q$d),
        .q(word_q$q),
        .clock(word_q$clock)
    );
    rx_parser$icrc$icrc$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    rx_parser$icrc$icrc$first_q first_q(
        .d(first_q$d),
        .q(first_q$q),
        .clock(first_q$clock)
    );
    rx_parser$icrc$icrc$last_q last_q(
        .d(last_q$d),
        .q(last_q$q),
        .clock(last_q$clock)
    );
    rx_parser$icrc$icrc$init_q init_q(
        .d(init_q$d),
        .q(init_q$q),
        .clock(init_q$clock)
    );
    rx_parser$icrc$icrc$term_q term_q(
        .d(term_q$d),
        .q(term_q$q),
        .clock(term_q$clock)
    );
    rx_parser$icrc$icrc$term_valid_q term_valid_q(
        .d(term_valid_q$d),
        .q(term_valid_q$q),
        .clock(term_valid_q$clock)
    );
    rx_parser$icrc$icrc$term_last_q term_last_q(
        .d(term_last_q$d),
        .q(term_last_q$q),
        .clock(term_last_q$clock)
    );
    rx_parser$icrc$icrc$register register(
        .d(register$d),
        .q(register$q),
        .clock(register$clock)
    );
    rx_parser$icrc$icrc$check_q check_q(
        .d(check_q$d),
        .q(check_q$q),
        .clock(check_q$clock)
    );
    rx_parser$icrc$icrc$result_valid_q result_valid_q(
        .d(result_valid_q$d),
        .q(result_valid_q$q),
        .clock(result_valid_q$clock)
    );
    rx_parser$icrc$icrc$result_ok_q result_ok_q(
        .d(result_ok_q$d),
        .q(result_ok_q$q),
        .clock(result_ok_q$clock)
    );
    rx_parser$icrc$icrc$result_crc_q result_crc_q(
        .d(result_crc_q$d),
        .q(result_crc_q$q),
        .clock(result_crc_q$clock)
    );
    
    // Update code
    always @(*) begin
        word_q$clock = clock;
        valid_q$clock = clock;
        first_q$clock = clock;
        last_q$clock = clock;
        init_q$clock = clock;
        term_q$clock = clock;
        term_valid_q$clock = clock;
        term_last_q$clock = clock;
        register$clock = clock;
        check_q$clock = clock;
        result_valid_q$clock = clock;
        result_ok_q$clock = clock;
        result_crc_q$clock = clock;
        word_q$d = word_q$q;
        valid_q$d = valid_q$q;
        first_q$d = first_q$q;
        last_q$d = last_q$q;
        init_q$d = init_q$q;
        term_q$d = term_q$q;
        term_valid_q$d = term_valid_q$q;
        term_last_q$d = term_last_q$q;
        register$d = register$q;
        check_q$d = check_q$q;
        result_valid_q$d = result_valid_q$q;
        result_ok_q$d = result_ok_q$q;
        result_crc_q$d = result_crc_q$q;
        word_q$d = word;
        valid_q$d = word_valid;
        first_q$d = word_valid & word_first;
        last_q$d = word_valid & word_last;
        init_q$d = init;
        word_term$data_in = word_q$q;
        term_q$d = word_term$data_out;
        term_valid_q$d = valid_q$q;
        term_last_q$d = last_q$q;
        register_term$data_in = register$q;
        if (term_valid_q$q) begin
            register$d = register_term$data_out ^ term_q$q;
        end
        else if (first_q$q) begin
            register$d = init_q$q;
        end
        check_q$d = term_valid_q$q & term_last_q$q;
        result_valid_q$d = check_q$q;
        result_ok_q$d = register$q == residue;
        result_valid = result_valid_q$q;
        result_crc_q$d = ~register$q;
        result_ok = result_ok_q$q;
        result_crc = result_crc_q$q;
        if (reset) begin
            valid_q$d = 1'b0;
            first_q$d = 1'b0;
            last_q$d = 1'b0;
            term_valid_q$d = 1'b0;
            term_last_q$d = 1'b0;
            check_q$d = 1'b0;
            result_valid_q$d = 1'b0;
        end
    end
    
endmodule // rx_parser$icrc$icrc


module rx_parser$icrc$icrc$check_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$icrc$check_q


module rx_parser$icrc$icrc$first_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$icrc$first_q


module rx_parser$icrc$icrc$init_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$icrc$init_q


module rx_parser$icrc$icrc$last_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$icrc$last_q


module rx_parser$icrc$icrc$register(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$icrc$register


module rx_parser$icrc$icrc$register_term(data_in,data_out);
    
    // Module arguments
    input wire  [31:0] data_in;
    output reg  [31:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[27] ^ data_in[30];
        data_out[1] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[15] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[28] ^ data_in[31];
        data_out[2] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[29];
        data_out[3] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[30];
        data_out[4] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[31];
        data_out[5] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[25];
        data_out[6] = data_in[1] ^ data_in[2] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30];
        data_out[7] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[23] ^ data_in[24] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31];
        data_out[8] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29];
        data_out[9] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[29];
        data_out[10] = data_in[1] ^ data_in[2] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[21] ^ data_in[23] ^ data_in[26] ^ data_in[28] ^ data_in[29];
        data_out[11] = data_in[2] ^ data_in[3] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[22] ^ data_in[24] ^ data_in[27] ^ data_in[29] ^ data_in[30];
        data_out[12] = data_in[3] ^ data_in[4] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[23] ^ data_in[25] ^ data_in[28] ^ data_in[30] ^ data_in[31];
        data_out[13] = data_in[4] ^ data_in[5] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[17] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31];
        data_out[14] = data_in[5] ^ data_in[6] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[25] ^ data_in[27] ^ data_in[30];
        data_out[15] = data_in[6] ^ data_in[7] ^ data_in[12] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[26] ^ data_in[28] ^ data_in[31];
        data_out[16] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[13] ^ data_in[14] ^ data_in[18] ^ data_in[19] ^ data_in[29] ^ data_in[30];
        data_out[17] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[20] ^ data_in[30] ^ data_in[31];
        data_out[18] = data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[21] ^ data_in[31];
        data_out[19] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[22];
        data_out[20] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[27] ^ data_in[30];
        data_out[21] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[11] ^ data_in[13] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[27] ^ data_in[28] ^ data_in[30] ^ data_in[31];
        data_out[22] = data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31];
        data_out[23] = data_in[0] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31];
        data_out[24] = data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31];
        data_out[25] = data_in[1] ^ data_in[3] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[25];
        data_out[26] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[26];
        data_out[27] = data_in[0] ^ data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[30];
        data_out[28] = data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[18] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30] ^ data_in[31];
        data_out[29] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[19] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31];
        data_out[30] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30];
        data_out[31] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[26] ^ data_in[29] ^ data_in[31];
    end
endmodule // rx_parser$icrc$icrc$register_term


module rx_parser$icrc$icrc$result_crc_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$icrc$result_crc_q


module rx_parser$icrc$icrc$result_ok_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$icrc$result_ok_q


module rx_parser$icrc$icrc$result_valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$icrc$result_valid_q


module rx_parser$icrc$icrc$term_last_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$icrc$term_last_q


module rx_parser$icrc$icrc$term_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$icrc$term_q


module rx_parser$icrc$icrc$term_valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$icrc$term_valid_q


module rx_parser$icrc$icrc$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$icrc$valid_q


module rx_parser$icrc$icrc$word_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$icrc$word_q


module rx_parser$icrc$icrc$word_term(data_in,data_out);
    
    // Module arguments
    input wire  [63:0] data_in;
    output reg  [31:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[33] ^ data_in[34] ^ data_in[35] ^ data_in[36] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[48] ^ data_in[52] ^ data_in[54] ^ data_in[55] ^ data_in[58];
        data_out[1] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[15] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[28] ^ data_in[31] ^ data_in[33] ^ data_in[34] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[39] ^ data_in[40] ^ data_in[41] ^ data_in[49] ^ data_in[53] ^ data_in[55] ^ data_in[56] ^ data_in[59];
        data_out[2] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[40] ^ data_in[41] ^ data_in[42] ^ data_in[50] ^ data_in[54] ^ data_in[56] ^ data_in[57] ^ data_in[60];
        data_out[3] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[30] ^ data_in[33] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[41] ^ data_in[42] ^ data_in[43] ^ data_in[51] ^ data_in[55] ^ data_in[57] ^ data_in[58] ^ data_in[61];
        data_out[4] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[31] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[42] ^ data_in[43] ^ data_in[44] ^ data_in[52] ^ data_in[56] ^ data_in[58] ^ data_in[59] ^ data_in[62];
        data_out[5] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[25] ^ data_in[32] ^ data_in[35] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[41] ^ data_in[43] ^ data_in[44] ^ data_in[45] ^ data_in[53] ^ data_in[57] ^ data_in[59] ^ data_in[60] ^ data_in[63];
        data_out[6] = data_in[1] ^ data_in[2] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[34] ^ data_in[35] ^ data_in[41] ^ data_in[42] ^ data_in[44] ^ data_in[45] ^ data_in[46] ^ data_in[48] ^ data_in[52] ^ data_in[55] ^ data_in[60] ^ data_in[61];
        data_out[7] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[23] ^ data_in[24] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31] ^ data_in[33] ^ data_in[35] ^ data_in[36] ^ data_in[42] ^ data_in[43] ^ data_in[45] ^ data_in[46] ^ data_in[47] ^ data_in[49] ^ data_in[53] ^ data_in[56] ^ data_in[61] ^ data_in[62];
        data_out[8] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[43] ^ data_in[44] ^ data_in[46] ^ data_in[47] ^ data_in[48] ^ data_in[50] ^ data_in[54] ^ data_in[57] ^ data_in[62] ^ data_in[63];
        data_out[9] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[39] ^ data_in[40] ^ data_in[44] ^ data_in[45] ^ data_in[47] ^ data_in[49] ^ data_in[51] ^ data_in[52] ^ data_in[54] ^ data_in[63];
        data_out[10] = data_in[1] ^ data_in[2] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[21] ^ data_in[23] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[39] ^ data_in[41] ^ data_in[45] ^ data_in[46] ^ data_in[50] ^ data_in[53] ^ data_in[54] ^ data_in[58];
        data_out[11] = data_in[2] ^ data_in[3] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[22] ^ data_in[24] ^ data_in[27] ^ data_in[29] ^ data_in[30] ^ data_in[33] ^ data_in[35] ^ data_in[37] ^ data_in[38] ^ data_in[40] ^ data_in[42] ^ data_in[46] ^ data_in[47] ^ data_in[51] ^ data_in[54] ^ data_in[55] ^ data_in[59];
        data_out[12] = data_in[3] ^ data_in[4] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[23] ^ data_in[25] ^ data_in[28] ^ data_in[30] ^ data_in[31] ^ data_in[34] ^ data_in[36] ^ data_in[38] ^ data_in[39] ^ data_in[41] ^ data_in[43] ^ data_in[47] ^ data_in[48] ^ data_in[52] ^ data_in[55] ^ data_in[56] ^ data_in[60];
        data_out[13] = data_in[4] ^ data_in[5] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[17] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31] ^ data_in[32] ^ data_in[35] ^ data_in[37] ^ data_in[39] ^ data_in[40] ^ data_in[42] ^ data_in[44] ^ data_in[48] ^ data_in[49] ^ data_in[53] ^ data_in[56] ^ data_in[57] ^ data_in[61];
        data_out[14] = data_in[5] ^ data_in[6] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[25] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[33] ^ data_in[36] ^ data_in[38] ^ data_in[40] ^ data_in[41] ^ data_in[43] ^ data_in[45] ^ data_in[49] ^ data_in[50] ^ data_in[54] ^ data_in[57] ^ data_in[58] ^ data_in[62];
        data_out[15] = data_in[6] ^ data_in[7] ^ data_in[12] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[26] ^ data_in[28] ^ data_in[31] ^ data_in[33] ^ data_in[34] ^ data_in[37] ^ data_in[39] ^ data_in[41] ^ data_in[42] ^ data_in[44] ^ data_in[46] ^ data_in[50] ^ data_in[51] ^ data_in[55] ^ data_in[58] ^ data_in[59] ^ data_in[63];
        data_out[16] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[13] ^ data_in[14] ^ data_in[18] ^ data_in[19] ^ data_in[29] ^ data_in[30] ^ data_in[33] ^ data_in[36] ^ data_in[39] ^ data_in[42] ^ data_in[43] ^ data_in[45] ^ data_in[47] ^ data_in[48] ^ data_in[51] ^ data_in[54] ^ data_in[55] ^ data_in[56] ^ data_in[58] ^ data_in[59] ^ data_in[60];
        data_out[17] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[20] ^ data_in[30] ^ data_in[31] ^ data_in[34] ^ data_in[37] ^ data_in[40] ^ data_in[43] ^ data_in[44] ^ data_in[46] ^ data_in[48] ^ data_in[49] ^ data_in[52] ^ data_in[55] ^ data_in[56] ^ data_in[57] ^ data_in[59] ^ data_in[60] ^ data_in[61];
        data_out[18] = data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[21] ^ data_in[31] ^ data_in[32] ^ data_in[35] ^ data_in[38] ^ data_in[41] ^ data_in[44] ^ data_in[45] ^ data_in[47] ^ data_in[49] ^ data_in[50] ^ data_in[53] ^ data_in[56] ^ data_in[57] ^ data_in[58] ^ data_in[60] ^ data_in[61] ^ data_in[62];
        data_out[19] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[22] ^ data_in[32] ^ data_in[33] ^ data_in[36] ^ data_in[39] ^ data_in[42] ^ data_in[45] ^ data_in[46] ^ data_in[48] ^ data_in[50] ^ data_in[51] ^ data_in[54] ^ data_in[57] ^ data_in[58] ^ data_in[59] ^ data_in[61] ^ data_in[62] ^ data_in[63];
        data_out[20] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[43] ^ data_in[46] ^ data_in[47] ^ data_in[48] ^ data_in[49] ^ data_in[51] ^ data_in[54] ^ data_in[59] ^ data_in[60] ^ data_in[62] ^ data_in[63];
        data_out[21] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[11] ^ data_in[13] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[27] ^ data_in[28] ^ data_in[30] ^ data_in[31] ^ data_in[32] ^ data_in[34] ^ data_in[35] ^ data_in[37] ^ data_in[44] ^ data_in[47] ^ data_in[49] ^ data_in[50] ^ data_in[54] ^ data_in[58] ^ data_in[60] ^ data_in[61] ^ data_in[63];
        data_out[22] = data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31] ^ data_in[34] ^ data_in[39] ^ data_in[40] ^ data_in[45] ^ data_in[50] ^ data_in[51] ^ data_in[52] ^ data_in[54] ^ data_in[58] ^ data_in[59] ^ data_in[61] ^ data_in[62];
        data_out[23] = data_in[0] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31] ^ data_in[32] ^ data_in[35] ^ data_in[40] ^ data_in[41] ^ data_in[46] ^ data_in[51] ^ data_in[52] ^ data_in[53] ^ data_in[55] ^ data_in[59] ^ data_in[60] ^ data_in[62] ^ data_in[63];
        data_out[24] = data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31] ^ data_in[34] ^ data_in[35] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[41] ^ data_in[42] ^ data_in[47] ^ data_in[48] ^ data_in[53] ^ data_in[55] ^ data_in[56] ^ data_in[58] ^ data_in[60] ^ data_in[61] ^ data_in[63];
        data_out[25] = data_in[1] ^ data_in[3] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[25] ^ data_in[33] ^ data_in[34] ^ data_in[38] ^ data_in[41] ^ data_in[42] ^ data_in[43] ^ data_in[49] ^ data_in[52] ^ data_in[55] ^ data_in[56] ^ data_in[57] ^ data_in[58] ^ data_in[59] ^ data_in[61] ^ data_in[62];
        data_out[26] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[26] ^ data_in[34] ^ data_in[35] ^ data_in[39] ^ data_in[42] ^ data_in[43] ^ data_in[44] ^ data_in[50] ^ data_in[53] ^ data_in[56] ^ data_in[57] ^ data_in[58] ^ data_in[59] ^ data_in[60] ^ data_in[62] ^ data_in[63];
        data_out[27] = data_in[0] ^ data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[30] ^ data_in[32] ^ data_in[33] ^ data_in[34] ^ data_in[38] ^ data_in[39] ^ data_in[43] ^ data_in[44] ^ data_in[45] ^ data_in[48] ^ data_in[51] ^ data_in[52] ^ data_in[55] ^ data_in[57] ^ data_in[59] ^ data_in[60] ^ data_in[61] ^ data_in[63];
        data_out[28] = data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[18] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30] ^ data_in[31] ^ data_in[32] ^ data_in[36] ^ data_in[38] ^ data_in[44] ^ data_in[45] ^ data_in[46] ^ data_in[48] ^ data_in[49] ^ data_in[53] ^ data_in[54] ^ data_in[55] ^ data_in[56] ^ data_in[60] ^ data_in[61] ^ data_in[62];
        data_out[29] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[19] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31] ^ data_in[32] ^ data_in[33] ^ data_in[37] ^ data_in[39] ^ data_in[45] ^ data_in[46] ^ data_in[47] ^ data_in[49] ^ data_in[50] ^ data_in[54] ^ data_in[55] ^ data_in[56] ^ data_in[57] ^ data_in[61] ^ data_in[62] ^ data_in[63];
        data_out[30] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[35] ^ data_in[36] ^ data_in[39] ^ data_in[46] ^ data_in[47] ^ data_in[50] ^ data_in[51] ^ data_in[52] ^ data_in[54] ^ data_in[56] ^ data_in[57] ^ data_in[62] ^ data_in[63];
        data_out[31] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[26] ^ data_in[29] ^ data_in[31] ^ data_in[32] ^ data_in[33] ^ data_in[34] ^ data_in[35] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[47] ^ data_in[51] ^ data_in[53] ^ data_in[54] ^ data_in[57] ^ data_in[63];
    end
endmodule // rx_parser$icrc$icrc$word_term


module rx_parser$icrc$inits(address,data);
    
    // Module arguments
    input wire  [2:0] address;
    output reg  [31:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        3'b0: data = 32'hee310a91;
      3'b1: data = 32'hff;
      3'b10: data = 32'h0;
      3'b11: data = 32'h2d02ef8d;
      3'b100: data = 32'hbe2612ff;
      3'b101: data = 32'hbe2612;
      3'b110: data = 32'hdebb20e3;
      3'b111: data = 32'h3f6bbdfd;
      default: data = 32'h0;
    endcase
            
endmodule // rx_parser$icrc$inits


module rx_parser$icrc$previous(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$previous


module rx_parser$icrc$shift(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$shift


module rx_parser$icrc$word_first(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$word_first


module rx_parser$icrc$word_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$word_last


module rx_parser$icrc$word_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$icrc$word_valid


module rx_parser$input_slice(clock,reset,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [94:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [94:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [94:0] main_data$d;
    wire  [94:0] main_data$q;
    reg  main_data$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [94:0] skid_data$d;
    wire  [94:0] skid_data$q;
    reg  skid_data$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    
    // Sub module instances
    rx_parser$input_slice$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    rx_parser$input_slice$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    rx_parser$input_slice$skid_data skid_data(
        .d(skid_data$d),
        .q(skid_data$q),
        .clock(skid_data$clock)
    );
    rx_parser$input_slice$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    
    // Update code
    always @(*) begin
        main_data$clock = clock;
        main_valid$clock = clock;
        skid_data$clock = clock;
        skid_valid$clock = clock;
        main_data$d = main_data$q;
        main_valid$d = main_valid$q;
        skid_data$d = skid_data$q;
        skid_valid$d = skid_valid$q;
        in_ready = ~skid_valid$q;
        out_data = main_data$q;
        out_valid = main_valid$q;
        if (out_ready | ~main_valid$q) begin
            if (skid_valid$q) begin
                main_data$d = skid_data$q;
                main_valid$d = 1'b1;
                skid_valid$d = 1'b0;
            end
            else begin
                main_data$d = in_data;
                main_valid$d = in_valid;
            end
        end
        else if (~skid_valid$q) begin
            skid_data$d = in_data;
            skid_valid$d = in_valid;
        end
        if (reset) begin
            main_valid$d = 1'b0;
            skid_valid$d = 1'b0;
        end
    end
    
endmodule // rx_parser$input_slice


module rx_parser$input_slice$main_data(d,q,clock);
    
    // Module arguments
    input wire  [94:0] d;
    output reg  [94:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 95'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$input_slice$main_data


module rx_parser$input_slice$main_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$input_slice$main_valid


module rx_parser$input_slice$skid_data(d,q,clock);
    
    // Module arguments
    input wire  [94:0] d;
    output reg  [94:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 95'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$input_slice$skid_data


module rx_parser$input_slice$skid_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$input_slice$skid_valid


module rx_parser$ip_length(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$ip_length


module rx_parser$keep_bytes(data_in,data_out);
    
    // Module arguments
    input wire  [7:0] data_in;
    output reg  [63:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[0];
        data_out[1] = data_in[0];
        data_out[2] = data_in[0];
        data_out[3] = data_in[0];
        data_out[4] = data_in[0];
        data_out[5] = data_in[0];
        data_out[6] = data_in[0];
        data_out[7] = data_in[0];
        data_out[8] = data_in[1];
        data_out[9] = data_in[1];
        data_out[10] = data_in[1];
        data_out[11] = data_in[1];
        data_out[12] = data_in[1];
        data_out[13] = data_in[1];
        data_out[14] = data_in[1];
        data_out[15] = data_in[1];
        data_out[16] = data_in[2];
        data_out[17] = data_in[2];
        data_out[18] = data_in[2];
        data_out[19] = data_in[2];
        data_out[20] = data_in[2];
        data_out[21] = data_in[2];
        data_out[22] = data_in[2];
        data_out[23] = data_in[2];
        data_out[24] = data_in[3];
        data_out[25] = data_in[3];
        data_out[26] = data_in[3];
        data_out[27] = data_in[3];
        data_out[28] = data_in[3];
        data_out[29] = data_in[3];
        data_out[30] = data_in[3];
        data_out[31] = data_in[3];
        data_out[32] = data_in[4];
        data_out[33] = data_in[4];
        data_out[34] = data_in[4];
        data_out[35] = data_in[4];
        data_out[36] = data_in[4];
        data_out[37] = data_in[4];
        data_out[38] = data_in[4];
        data_out[39] = data_in[4];
        data_out[40] = data_in[5];
        data_out[41] = data_in[5];
        data_out[42] = data_in[5];
        data_out[43] = data_in[5];
        data_out[44] = data_in[5];
        data_out[45] = data_in[5];
        data_out[46] = data_in[5];
        data_out[47] = data_in[5];
        data_out[48] = data_in[6];
        data_out[49] = data_in[6];
        data_out[50] = data_in[6];
        data_out[51] = data_in[6];
        data_out[52] = data_in[6];
        data_out[53] = data_in[6];
        data_out[54] = data_in[6];
        data_out[55] = data_in[6];
        data_out[56] = data_in[7];
        data_out[57] = data_in[7];
        data_out[58] = data_in[7];
        data_out[59] = data_in[7];
        data_out[60] = data_in[7];
        data_out[61] = data_in[7];
        data_out[62] = data_in[7];
        data_out[63] = data_in[7];
    end
endmodule // rx_parser$keep_bytes


module rx_parser$keep_lanes(address,data);
    
    // Module arguments
    input wire  [7:0] address;
    output reg  [3:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        8'h0: data = 4'h0;
      8'h1: data = 4'h1;
      8'h2: data = 4'h2;
      8'h3: data = 4'h2;
      8'h4: data = 4'h3;
      8'h5: data = 4'h3;
      8'h6: data = 4'h3;
      8'h7: data = 4'h3;
      8'h8: data = 4'h4;
      8'h9: data = 4'h4;
      8'ha: data = 4'h4;
      8'hb: data = 4'h4;
      8'hc: data = 4'h4;
      8'hd: data = 4'h4;
      8'he: data = 4'h4;
      8'hf: data = 4'h4;
      8'h10: data = 4'h5;
      8'h11: data = 4'h5;
      8'h12: data = 4'h5;
      8'h13: data = 4'h5;
      8'h14: data = 4'h5;
      8'h15: data = 4'h5;
      8'h16: data = 4'h5;
      8'h17: data = 4'h5;
      8'h18: data = 4'h5;
      8'h19: data = 4'h5;
      8'h1a: data = 4'h5;
      8'h1b: data = 4'h5;
      8'h1c: data = 4'h5;
      8'h1d: data = 4'h5;
      8'h1e: data = 4'h5;
      8'h1f: data = 4'h5;
      8'h20: data = 4'h6;
      8'h21: data = 4'h6;
      8'h22: data = 4'h6;
      8'h23: data = 4'h6;
      8'h24: data = 4'h6;
      8'h25: data = 4'h6;
      8'h26: data = 4'h6;
      8'h27: data = 4'h6;
      8'h28: data = 4'h6;
      8'h29: data = 4'h6;
      8'h2a: data = 4'h6;
      8'h2b: data = 4'h6;
      8'h2c: data = 4'h6;
      8'h2d: data = 4'h6;
      8'h2e: data = 4'h6;
      8'h2f: data = 4'h6;
      8'h30: data = 4'h6;
      8'h31: data = 4'h6;
      8'h32: data = 4'h6;
      8'h33: data = 4'h6;
      8'h34: data = 4'h6;
      8'h35: data = 4'h6;
      8'h36: data = 4'h6;
      8'h37: data = 4'h6;
      8'h38: data = 4'h6;
      8'h39: data = 4'h6;
      8'h3a: data = 4'h6;
      8'h3b: data = 4'h6;
      8'h3c: data = 4'h6;
      8'h3d: data = 4'h6;
      8'h3e: data = 4'h6;
      8'h3f: data = 4'h6;
      8'h40: data = 4'h7;
      8'h41: data = 4'h7;
      8'h42: data = 4'h7;
      8'h43: data = 4'h7;
      8'h44: data = 4'h7;
      8'h45: data = 4'h7;
      8'h46: data = 4'h7;
      8'h47: data = 4'h7;
      8'h48: data = 4'h7;
      8'h49: data = 4'h7;
      8'h4a: data = 4'h7;
      8'h4b: data = 4'h7;
      8'h4c: data = 4'h7;
      8'h4d: data = 4'h7;
      8'h4e: data = 4'h7;
      8'h4f: data = 4'h7;
      8'h50: data = 4'h7;
      8'h51: data = 4'h7;
      8'h52: data = 4'h7;
      8'h53: data = 4'h7;
      8'h54: data = 4'h7;
      8'h55: data = 4'h7;
      8'h56: data = 4'h7;
      8'h57: data = 4'h7;
      8'h58: data = 4'h7;
      8'h59: data = 4'h7;
      8'h5a: data = 4'h7;
      8'h5b: data = 4'h7;
      8'h5c: data = 4'h7;
      8'h5d: data = 4'h7;
      8'h5e: data = 4'h7;
      8'h5f: data = 4'h7;
      8'h60: data = 4'h7;
      8'h61: data = 4'h7;
      8'h62: data = 4'h7;
      8'h63: data = 4'h7;
      8'h64: data = 4'h7;
      8'h65: data = 4'h7;
      8'h66: data = 4'h7;
      8'h67: data = 4'h7;
      8'h68: data = 4'h7;
      8'h69: data = 4'h7;
      8'h6a: data = 4'h7;
      8'h6b: data = 4'h7;
      8'h6c: data = 4'h7;
      8'h6d: data = 4'h7;
      8'h6e: data = 4'h7;
      8'h6f: data = 4'h7;
      8'h70: data = 4'h7;
      8'h71: data = 4'h7;
      8'h72: data = 4'h7;
      8'h73: data = 4'h7;
      8'h74: data = 4'h7;
      8'h75: data = 4'h7;
      8'h76: data = 4'h7;
      8'h77: data = 4'h7;
      8'h78: data = 4'h7;
      8'h79: data = 4'h7;
      8'h7a: data = 4'h7;
      8'h7b: data = 4'h7;
      8'h7c: data = 4'h7;
      8'h7d: data = 4'h7;
      8'h7e: data = 4'h7;
      8'h7f: data = 4'h7;
      8'h80: data = 4'h8;
      8'h81: data = 4'h8;
      8'h82: data = 4'h8;
      8'h83: data = 4'h8;
      8'h84: data = 4'h8;
      8'h85: data = 4'h8;
      8'h86: data = 4'h8;
      8'h87: data = 4'h8;
      8'h88: data = 4'h8;
      8'h89: data = 4'h8;
      8'h8a: data = 4'h8;
      8'h8b: data = 4'h8;
      8'h8c: data = 4'h8;
      8'h8d: data = 4'h8;
      8'h8e: data = 4'h8;
      8'h8f: data = 4'h8;
      8'h90: data = 4'h8;
      8'h91: data = 4'h8;
      8'h92: data = 4'h8;
      8'h93: data = 4'h8;
      8'h94: data = 4'h8;
      8'h95: data = 4'h8;
      8'h96: data = 4'h8;
      8'h97: data = 4'h8;
      8'h98: data = 4'h8;
      8'h99: data = 4'h8;
      8'h9a: data = 4'h8;
      8'h9b: data = 4'h8;
      8'h9c: data = 4'h8;
      8'h9d: data = 4'h8;
      8'h9e: data = 4'h8;
      8'h9f: data = 4'h8;
      8'ha0: data = 4'h8;
      8'ha1: data = 4'h8;
      8'ha2: data = 4'h8;
      8'ha3: data = 4'h8;
      8'ha4: data = 4'h8;
      8'ha5: data = 4'h8;
      8'ha6: data = 4'h8;
      8'ha7: data = 4'h8;
      8'ha8: data = 4'h8;
      8'ha9: data = 4'h8;
      8'haa: data = 4'h8;
      8'hab: data = 4'h8;
      8'hac: data = 4'h8;
      8'had: data = 4'h8;
      8'hae: data = 4'h8;
      8'haf: data = 4'h8;
      8'hb0: data = 4'h8;
      8'hb1: data = 4'h8;
      8'hb2: data = 4'h8;
      8'hb3: data = 4'h8;
      8'hb4: data = 4'h8;
      8'hb5: data = 4'h8;
      8'hb6: data = 4'h8;
      8'hb7: data = 4'h8;
      8'hb8: data = 4'h8;
      8'hb9: data = 4'h8;
      8'hba: data = 4'h8;
      8'hbb: data = 4'h8;
      8'hbc: data = 4'h8;
      8'hbd: data = 4'h8;
      8'hbe: data = 4'h8;
      8'hbf: data = 4'h8;
      8'hc0: data = 4'h8;
      8'hc1: data = 4'h8;
      8'hc2: data = 4'h8;
      8'hc3: data = 4'h8;
      8'hc4: data = 4'h8;
      8'hc5: data = 4'h8;
      8'hc6: data = 4'h8;
      8'hc7: data = 4'h8;
      8'hc8: data = 4'h8;
      8'hc9: data = 4'h8;
      8'hca: data = 4'h8;
      8'hcb: data = 4'h8;
      8'hcc: data = 4'h8;
      8'hcd: data = 4'h8;
      8'hce: data = 4'h8;
      8'hcf: data = 4'h8;
      8'hd0: data = 4'h8;
      8'hd1: data = 4'h8;
      8'hd2: data = 4'h8;
      8'hd3: data = 4'h8;
      8'hd4: data = 4'h8;
      8'hd5: data = 4'h8;
      8'hd6: data = 4'h8;
      8'hd7: data = 4'h8;
      8'hd8: data = 4'h8;
      8'hd9: data = 4'h8;
      8'hda: data = 4'h8;
      8'hdb: data = 4'h8;
      8'hdc: data = 4'h8;
      8'hdd: data = 4'h8;
      8'hde: data = 4'h8;
      8'hdf: data = 4'h8;
      8'he0: data = 4'h8;
      8'he1: data = 4'h8;
      8'he2: data = 4'h8;
      8'he3: data = 4'h8;
      8'he4: data = 4'h8;
      8'he5: data = 4'h8;
      8'he6: data = 4'h8;
      8'he7: data = 4'h8;
      8'he8: data = 4'h8;
      8'he9: data = 4'h8;
      8'hea: data = 4'h8;
      8'heb: data = 4'h8;
      8'hec: data = 4'h8;
      8'hed: data = 4'h8;
      8'hee: data = 4'h8;
      8'hef: data = 4'h8;
      8'hf0: data = 4'h8;
      8'hf1: data = 4'h8;
      8'hf2: data = 4'h8;
      8'hf3: data = 4'h8;
      8'hf4: data = 4'h8;
      8'hf5: data = 4'h8;
      8'hf6: data = 4'h8;
      8'hf7: data = 4'h8;
      8'hf8: data = 4'h8;
      8'hf9: data = 4'h8;
      8'hfa: data = 4'h8;
      8'hfb: data = 4'h8;
      8'hfc: data = 4'h8;
      8'hfd: data = 4'h8;
      8'hfe: data = 4'h8;
      8'hff: data = 4'h8;
      default: data = 4'h0;
    endcase
            
endmodule // rx_parser$keep_lanes


module rx_parser$last_beat_busy(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$last_beat_busy


module rx_parser$opcodes(address,data);
    
    // Module arguments
    input wire  [7:0] address;
    output reg  [22:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        8'h0: data = 23'h332c03;
      8'h1: data = 23'h332c03;
      8'h2: data = 23'h332c05;
      8'h3: data = 23'h13b025;
      8'h4: data = 23'h332c07;
      8'h5: data = 23'h13b027;
      8'h6: data = 23'h343c0b;
      8'h7: data = 23'h332c03;
      8'h8: data = 23'h332c05;
      8'h9: data = 23'h13b025;
      8'ha: data = 23'h343c0f;
      8'hb: data = 23'h14c02f;
      8'hc: data = 23'h343c09;
      8'hd: data = 23'h13b013;
      8'he: data = 23'h332c03;
      8'hf: data = 23'h13b015;
      8'h10: data = 23'h13b017;
      8'h11: data = 23'h13b011;
      8'h16: data = 23'h13b045;
      8'h17: data = 23'h13b047;
      8'h64: data = 23'h33b487;
      8'h65: data = 23'h1438a7;
      8'h81: data = 23'h332c07;
      default: data = 23'h0;
    endcase
            
endmodule // rx_parser$opcodes


module rx_parser$pad_count(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$pad_count


module rx_parser$payload(clock,reset,beat,beat_lanes,beat_last,beat_taken,last_beat_loads,headers_end_here,headers_end_now,payload_lane,payload_room,payload_starts,length_check_failed,ended_with_length_error,ready,draining,m_axis_tdata,m_axis_tkeep,m_axis_tlast,m_axis_tuser,m_axis_tvalid,m_axis_tready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] beat;
    input wire  [3:0] beat_lanes;
    input wire  beat_last;
    input wire  beat_taken;
    input wire  last_beat_loads;
    input wire  headers_end_here;
    input wire  headers_end_now;
    input wire  [3:0] payload_lane;
    input wire  [16:0] payload_room;
    input wire  payload_starts;
    input wire  length_check_failed;
    input wire  ended_with_length_error;
    output reg  ready;
    output reg  draining;
    output reg  [63:0] m_axis_tdata;
    output reg  [7:0] m_axis_tkeep;
    output reg  m_axis_tlast;
    output reg  m_axis_tuser;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    
    // Constant declarations
    localparam  ones = 8'hff;
    localparam  all_lanes = 4'h8;
    localparam  no_lanes = 4'h0;
    localparam  lane_two = 4'h2;
    localparam  no_small = 5'b0;
    localparam  eight_small = 5'b1000;
    localparam  sixteen_small = 5'b10000;
    localparam  sixteen_room = 17'b10000;
    localparam  eight_bytes = 16'h8;
    localparam  twenty_three = 5'b10111;
    
    // Stub signals
    reg  slice$clock;
    reg  slice$reset;
    reg  [73:0] slice$in_data;
    reg  slice$in_valid;
    wire  slice$in_ready;
    wire  [73:0] slice$out_data;
    wire  slice$out_valid;
    reg  slice$out_ready;
    reg  [63:0] previous$d;
    wire  [63:0] previous$q;
    reg  previous$clock;
    reg  open$d;
    wire  open$q;
    reg  open$clock;
    reg  ok$d;
    wire  ok$q;
    reg  ok$clock;
    reg  [15:0] remaining$d;
    wire  [15:0] remaining$q;
    reg  remaining$clock;
    reg  [4:0] remaining_small$d;
    wire  [4:0] remaining_small$q;
    reg  remaining_small$clock;
    reg  [7:0] middle_keep$d;
    wire  [7:0] middle_keep$q;
    reg  middle_keep$clock;
    reg  middle_last$d;
    wire  middle_last$q;
    reg  middle_last$clock;
    reg  [4:0] keep_of_room$address;
    wire  [7:0] keep_of_room$data;
    reg  [4:0] keep_after_beat$address;
    wire  [7:0] keep_after_beat$data;
    reg  drain_prepare$d;
    wire  drain_prepare$q;
    reg  drain_prepare$clock;
    reg  drain_word_pending$d;
    wire  drain_word_pending$q;
    reg  drain_word_pending$clock;
    reg  drain_tail_pending$d;
    wire  drain_tail_pending$q;
    reg  drain_tail_pending$clock;
    reg  [63:0] drain_word$d;
    wire  [63:0] drain_word$q;
    reg  drain_word$clock;
    reg  [63:0] drain_tail$d;
    wire  [63:0] drain_tail$q;
    reg  drain_tail$clock;
    reg  [3:0] drain_taken$d;
    wire  [3:0] drain_taken$q;
    reg  drain_taken$clock;
    reg  [3:0] drain_tail_lanes$d;
    wire  [3:0] drain_tail_lanes$q;
    reg  drain_tail_lanes$clock;
    reg  drain_word_last$d;
    wire  drain_word_last$q;
    reg  drain_word_last$clock;
    reg  drain_word_short$d;
    wire  drain_word_short$q;
    reg  drain_word_short$clock;
    reg  [7:0] drain_tail_keep$d;
    wire  [7:0] drain_tail_keep$q;
    reg  drain_tail_keep$clock;
    reg  drain_tail_short$d;
    wire  drain_tail_short$q;
    reg  drain_tail_short$clock;
    reg  [4:0] thermometer$address;
    wire  [7:0] thermometer$data;
    
    // Local signals
    reg  flows;
    reg  [4:0] room_small;
    reg  [15:0] remaining_after_beat;
    reg  [4:0] remaining_small_after_beat;
    reg  [63:0] word;
    reg  [63:0] tail_word;
    reg  [3:0] available;
    reg  [3:0] tail_lanes;
    reg  [3:0] last_taken;
    reg  [4:0] drain_left;
    
    // Sub module instances
    rx_parser$payload$slice slice(
        .clock(slice$clock),
        .reset(slice$reset),
        .in_data(slice$in_data),
        .in_valid(slice$in_valid),
        .in_ready(slice$in_ready),
        .out_data(slice$out_data),
        .out_valid(slice$out_valid),
        .out_ready(slice$out_ready)
    );
    rx_parser$payload$previous previous(
        .d(previous$d),
        .q(previous$q),
        .clock(previous$clock)
    );
    rx_parser$payload$open open(
        .d(open$d),
        .q(open$q),
        .clock(open$clock)
    );
    rx_parser$payload$ok ok(
        .d(ok$d),
        .q(ok$q),
        .clock(ok$clock)
    );
    rx_parser$payload$remaining remaining(
        .d(remaining$d),
        .q(remaining$q),
        .clock(remaining$clock)
    );
    rx_parser$payload$remaining_small remaining_small(
        .d(remaining_small$d),
        .q(remaining_small$q),
        .clock(remaining_small$clock)
    );
    rx_parser$payload$middle_keep middle_keep(
        .d(middle_keep$d),
        .q(middle_keep$q),
        .clock(middle_keep$clock)
    );
    rx_parser$payload$middle_last middle_last(
        .d(middle_last$d),
        .q(middle_last$q),
        .clock(middle_last$clock)
    );
    rx_parser$payload$keep_of_room keep_of_room(
        .address(keep_of_room$address),
        .data(keep_of_room$data)
    );
    rx_parser$payload$keep_after_beat keep_after_beat(
        .address(keep_after_beat$address),
        .data(keep_after_beat$data)
    );
    rx_parser$payload$drain_prepare drain_prepare(
        .d(drain_prepare$d),
        .q(drain_prepare$q),
        .clock(drain_prepare$clock)
    );
    rx_parser$payload$drain_word_pending drain_word_pending(
        .d(drain_word_pending$d),
        .q(drain_word_pending$q),
        .clock(drain_word_pending$clock)
    );
    rx_parser$payload$drain_tail_pending drain_tail_pending(
        .d(drain_tail_pending$d),
        .q(drain_tail_pending$q),
        .clock(drain_tail_pending$clock)
    );
    rx_parser$payload$drain_word drain_word(
        .d(drain_word$d),
        .q(drain_word$q),
        .clock(drain_word$clock)
    );
    rx_parser$payload$drain_tail drain_tail(
        .d(drain_tail$d),
        .q(drain_tail$q),
        .clock(drain_tail$clock)
    );
    rx_parser$payload$drain_taken drain_taken(
        .d(drain_taken$d),
        .q(drain_taken$q),
        .clock(drain_taken$clock)
    );
    rx_parser$payload$drain_tail_lanes drain_tail_lanes(
        .d(drain_tail_lanes$d),
        .q(drain_tail_lanes$q),
        .clock(drain_tail_lanes$clock)
    );
    rx_parser$payload$drain_word_last drain_word_last(
        .d(drain_word_last$d),
        .q(drain_word_last$q),
        .clock(drain_word_last$clock)
    );
    rx_parser$payload$drain_word_short drain_word_short(
        .d(drain_word_short$d),
        .q(drain_word_short$q),
        .clock(drain_word_short$clock)
    );
    rx_parser$payload$drain_tail_keep drain_tail_keep(
        .d(drain_tail_keep$d),
        .q(drain_tail_keep$q),
        .clock(drain_tail_keep$clock)
    );
    rx_parser$payload$drain_tail_short drain_tail_short(
        .d(drain_tail_short$d),
        .q(drain_tail_short$q),
        .clock(drain_tail_short$clock)
    );
    rx_parser$payload$thermometer thermometer(
        .address(thermometer$address),
        .data(thermometer$data)
    );
    
    // Update code
    always @(*) begin
        previous$clock = clock;
        open$clock = clock;
        ok$clock = clock;
        remaining$clock = clock;
        remaining_small$clock = clock;
        middle_keep$clock = clock;
        middle_last$clock = clock;
        drain_prepare$clock = clock;
        drain_word_pending$clock = clock;
        drain_tail_pending$clock = clock;
        drain_word$clock = clock;
        drain_tail$clock = clock;
        drain_taken$clock = clock;
        drain_tail_lanes$clock = clock;
        drain_word_last$clock = clock;
        drain_word_short$clock = clock;
        drain_tail_keep$clock = clock;
        drain_tail_short$clock = clock;
        previous$d = previous$q;
        open$d = open$q;
        ok$d = ok$q;
        remaining$d = remaining$q;
        remaining_small$d = remaining_small$q;
        middle_keep$d = middle_keep$q;
        middle_last$d = middle_last$q;
        drain_prepare$d = drain_prepare$q;
        drain_word_pending$d = drain_word_pending$q;
        drain_tail_pending$d = drain_tail_pending$q;
        drain_word$d = drain_word$q;
        drain_tail$d = drain_tail$q;
        drain_taken$d = drain_taken$q;
        drain_tail_lanes$d = drain_tail_lanes$q;
        drain_word_last$d = drain_word_last$q;
        drain_word_short$d = drain_word_short$q;
        drain_tail_keep$d = drain_tail_keep$q;
        drain_tail_short$d = drain_tail_short$q;
        slice$clock = clock;
        slice$reset = reset;
        ready = slice$in_ready;
        draining = drain_word_pending$q | drain_tail_pending$q;
        flows = ok$q & ~length_check_failed;
        if (beat_taken) begin
            previous$d = beat;
        end
        if (payload_lane == lane_two) begin
            word = (previous$q >> 32'h10) | (beat << 32'h30);
            tail_word = beat >> 32'h10;
        end
        else begin
            word = (previous$q >> 32'h30) | (beat << 32'h10);
            tail_word = beat >> 32'h30;
        end
        room_small = ((payload_room) & 5'h1f);
        if (payload_room > sixteen_room) begin
            room_small = sixteen_small;
        end
        remaining_after_beat = remaining$q - eight_bytes;
        remaining_small_after_beat = remaining$q[(32'h0)+:(5)] - eight_small;
        if (|remaining$q[(32'h5)+:(11)] | (remaining$q[(32'h0)+:(5)] > twenty_three)) begin
            remaining_small_after_beat = sixteen_small;
        end
        available = all_lanes;
        tail_lanes = no_lanes;
        if (beat_lanes < payload_lane) begin
            available = all_lanes - payload_lane + beat_lanes;
        end
        else begin
            tail_lanes = beat_lanes - payload_lane;
        end
        last_taken = available;
        if (remaining_small$q < ((available) & 5'h1f)) begin
            last_taken = ((remaining_small$q) & 4'hf);
        end
        drain_left = remaining_small$q - ((drain_taken$q) & 5'h1f);
        thermometer$address = drain_left;
        if (drain_prepare$q) begin
            drain_prepare$d = 1'b0;
            drain_word_last$d = (drain_left == no_small) | (drain_tail_lanes$q == no_lanes);
            drain_word_short$d = (drain_left != no_small) & (drain_tail_lanes$q == no_lanes);
            drain_tail_keep$d = thermometer$data & ~(ones << drain_tail_lanes$q);
            drain_tail_short$d = drain_left > ((drain_tail_lanes$q) & 5'h1f);
            if (drain_word_pending$q) begin
                drain_tail_pending$d = (drain_left != no_small) & (drain_tail_lanes$q != no_lanes);
            end
            else if (ended_with_length_error) begin
                drain_tail_pending$d = 1'b0;
            end
        end
        slice$in_valid = 1'b0;
        slice$in_data[(64'h0)+:(64)] = word;
        slice$in_data[(64'h40)+:(8)] = middle_keep$q;
        slice$in_data[(64'h48)+:(1)] = 1'b0;
        slice$in_data[(64'h49)+:(1)] = 1'b0;
        if (~drain_prepare$q & drain_word_pending$q) begin
            slice$in_data[(64'h0)+:(64)] = drain_word$q;
            slice$in_data[(64'h40)+:(8)] = ~(ones << drain_taken$q);
            slice$in_data[(64'h48)+:(1)] = drain_word_last$q;
            slice$in_data[(64'h49)+:(1)] = drain_word_short$q;
            if (slice$in_ready) begin
                slice$in_valid = 1'b1;
                drain_word_pending$d = 1'b0;
            end
        end
        else if (~drain_prepare$q & drain_tail_pending$q) begin
            slice$in_data[(64'h0)+:(64)] = drain_tail$q;
            slice$in_data[(64'h40)+:(8)] = drain_tail_keep$q;
            slice$in_data[(64'h48)+:(1)] = 1'b1;
            slice$in_data[(64'h49)+:(1)] = drain_tail_short$q;
            if (slice$in_ready) begin
                slice$in_valid = 1'b1;
                drain_tail_pending$d = 1'b0;
            end
        end
        else if (beat_taken & open$q & flows & ~beat_last) begin
            slice$in_valid = 1'b1;
            if (middle_last$q) begin
                slice$in_data[(64'h48)+:(1)] = 1'b1;
                open$d = 1'b0;
            end
            remaining$d = remaining_after_beat;
            remaining_small$d = remaining_small_after_beat;
            middle_keep$d = ones;
            middle_last$d = 1'b0;
            if (~|remaining$q[(32'h5)+:(11)]) begin
                middle_keep$d = keep_after_beat$data;
                middle_last$d = remaining$q[(32'h0)+:(5)] <= sixteen_small;
            end
        end
        if (headers_end_now) begin
            open$d = ~beat_last;
            ok$d = payload_starts;
            remaining$d = payload_room[(32'h0)+:(16)];
            remaining_small$d = room_small;
            middle_keep$d = ones;
            middle_last$d = 1'b0;
            if (~|payload_room[(32'h5)+:(12)]) begin
                middle_keep$d = keep_of_room$data;
                middle_last$d = payload_room[(32'h0)+:(5)] <= eight_small;
            end
        end
        keep_of_room$address = payload_room[(32'h0)+:(5)];
        keep_after_beat$address = remaining$q[(32'h0)+:(5)];
        if (last_beat_loads) begin
            drain_word$d = word;
            drain_tail$d = tail_word;
            drain_taken$d = last_taken;
            if (headers_end_here) begin
                drain_taken$d = no_lanes;
            end
            drain_tail_lanes$d = tail_lanes;
        end
        if (beat_taken & beat_last) begin
            open$d = 1'b0;
            drain_prepare$d = (open$q & flows) | payload_starts;
            drain_word_pending$d = open$q & flows;
            drain_tail_pending$d = payload_starts;
        end
        slice$out_ready = m_axis_tready;
        m_axis_tdata = slice$out_data[(64'h0)+:(64)];
        m_axis_tkeep = slice$out_data[(64'h40)+:(8)];
        m_axis_tlast = slice$out_data[(64'h48)+:(1)];
        m_axis_tuser = slice$out_data[(64'h49)+:(1)];
        m_axis_tvalid = slice$out_valid;
        if (reset) begin
            open$d = 1'b0;
            drain_word_pending$d = 1'b0;
            drain_tail_pending$d = 1'b0;
            drain_prepare$d = 1'b0;
        end
    end
    
endmodule // rx_parser$payload


module rx_parser$payload$drain_prepare(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$drain_prepare


module rx_parser$payload$drain_tail(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$drain_tail


module rx_parser$payload$drain_tail_keep(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$drain_tail_keep


module rx_parser$payload$drain_tail_lanes(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$drain_tail_lanes


module rx_parser$payload$drain_tail_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$drain_tail_pending


module rx_parser$payload$drain_tail_short(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$drain_tail_short


module rx_parser$payload$drain_taken(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$drain_taken


module rx_parser$payload$drain_word(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$drain_word


module rx_parser$payload$drain_word_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$drain_word_last


module rx_parser$payload$drain_word_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$drain_word_pending


module rx_parser$payload$drain_word_short(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$drain_word_short


module rx_parser$payload$keep_after_beat(address,data);
    
    // Module arguments
    input wire  [4:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        5'b0: data = 8'h0;
      5'b1: data = 8'h0;
      5'b10: data = 8'h0;
      5'b11: data = 8'h0;
      5'b100: data = 8'h0;
      5'b101: data = 8'h0;
      5'b110: data = 8'h0;
      5'b111: data = 8'h0;
      5'b1000: data = 8'h0;
      5'b1001: data = 8'h1;
      5'b1010: data = 8'h3;
      5'b1011: data = 8'h7;
      5'b1100: data = 8'hf;
      5'b1101: data = 8'h1f;
      5'b1110: data = 8'h3f;
      5'b1111: data = 8'h7f;
      5'b10000: data = 8'hff;
      5'b10001: data = 8'hff;
      5'b10010: data = 8'hff;
      5'b10011: data = 8'hff;
      5'b10100: data = 8'hff;
      5'b10101: data = 8'hff;
      5'b10110: data = 8'hff;
      5'b10111: data = 8'hff;
      5'b11000: data = 8'hff;
      5'b11001: data = 8'hff;
      5'b11010: data = 8'hff;
      5'b11011: data = 8'hff;
      5'b11100: data = 8'hff;
      5'b11101: data = 8'hff;
      5'b11110: data = 8'hff;
      5'b11111: data = 8'hff;
      default: data = 8'h0;
    endcase
            
endmodule // rx_parser$payload$keep_after_beat


module rx_parser$payload$keep_of_room(address,data);
    
    // Module arguments
    input wire  [4:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        5'b0: data = 8'h0;
      5'b1: data = 8'h1;
      5'b10: data = 8'h3;
      5'b11: data = 8'h7;
      5'b100: data = 8'hf;
      5'b101: data = 8'h1f;
      5'b110: data = 8'h3f;
      5'b111: data = 8'h7f;
      5'b1000: data = 8'hff;
      5'b1001: data = 8'hff;
      5'b1010: data = 8'hff;
      5'b1011: data = 8'hff;
      5'b1100: data = 8'hff;
      5'b1101: data = 8'hff;
      5'b1110: data = 8'hff;
      5'b1111: data = 8'hff;
      5'b10000: data = 8'hff;
      5'b10001: data = 8'hff;
      5'b10010: data = 8'hff;
      5'b10011: data = 8'hff;
      5'b10100: data = 8'hff;
      5'b10101: data = 8'hff;
      5'b10110: data = 8'hff;
      5'b10111: data = 8'hff;
      5'b11000: data = 8'hff;
      5'b11001: data = 8'hff;
      5'b11010: data = 8'hff;
      5'b11011: data = 8'hff;
      5'b11100: data = 8'hff;
      5'b11101: data = 8'hff;
      5'b11110: data = 8'hff;
      5'b11111: data = 8'hff;
      default: data = 8'h0;
    endcase
            
endmodule // rx_parser$payload$keep_of_room


module rx_parser$payload$middle_keep(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$middle_keep


module rx_parser$payload$middle_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$middle_last


module rx_parser$payload$ok(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$ok


module rx_parser$payload$open(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$open


module rx_parser$payload$previous(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$previous


module rx_parser$payload$remaining(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$remaining


module rx_parser$payload$remaining_small(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$remaining_small


module rx_parser$payload$slice(clock,reset,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [73:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [73:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [73:0] main_data$d;
    wire  [73:0] main_data$q;
    reg  main_data$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [73:0] skid_data$d;
    wire  [73:0] skid_data$q;
    reg  skid_data$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    
    // Sub module instances
    rx_parser$payload$slice$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    rx_parser$payload$slice$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    rx_parser$payload$slice$skid_data skid_data(
        .d(skid_data$d),
        .q(skid_data$q),
        .clock(skid_data$clock)
    );
    rx_parser$payload$slice$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    
    // Update code
    always @(*) begin
        main_data$clock = clock;
        main_valid$clock = clock;
        skid_data$clock = clock;
        skid_valid$clock = clock;
        main_data$d = main_data$q;
        main_valid$d = main_valid$q;
        skid_data$d = skid_data$q;
        skid_valid$d = skid_valid$q;
        in_ready = ~skid_valid$q;
        out_data = main_data$q;
        out_valid = main_valid$q;
        if (out_ready | ~main_valid$q) begin
            if (skid_valid$q) begin
                main_data$d = skid_data$q;
                main_valid$d = 1'b1;
                skid_valid$d = 1'b0;
            end
            else begin
                main_data$d = in_data;
                main_valid$d = in_valid;
            end
        end
        else if (~skid_valid$q) begin
            skid_data$d = in_data;
            skid_valid$d = in_valid;
        end
        if (reset) begin
            main_valid$d = 1'b0;
            skid_valid$d = 1'b0;
        end
    end
    
endmodule // rx_parser$payload$slice


module rx_parser$payload$slice$main_data(d,q,clock);
    
    // Module arguments
    input wire  [73:0] d;
    output reg  [73:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 74'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$slice$main_data


module rx_parser$payload$slice$main_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$slice$main_valid


module rx_parser$payload$slice$skid_data(d,q,clock);
    
    // Module arguments
    input wire  [73:0] d;
    output reg  [73:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 74'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$slice$skid_data


module rx_parser$payload$slice$skid_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload$slice$skid_valid


module rx_parser$payload$thermometer(address,data);
    
    // Module arguments
    input wire  [4:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        5'b0: data = 8'h0;
      5'b1: data = 8'h1;
      5'b10: data = 8'h3;
      5'b11: data = 8'h7;
      5'b100: data = 8'hf;
      5'b101: data = 8'h1f;
      5'b110: data = 8'h3f;
      5'b111: data = 8'h7f;
      5'b1000: data = 8'hff;
      5'b1001: data = 8'hff;
      5'b1010: data = 8'hff;
      5'b1011: data = 8'hff;
      5'b1100: data = 8'hff;
      5'b1101: data = 8'hff;
      5'b1110: data = 8'hff;
      5'b1111: data = 8'hff;
      5'b10000: data = 8'hff;
      5'b10001: data = 8'hff;
      5'b10010: data = 8'hff;
      5'b10011: data = 8'hff;
      5'b10100: data = 8'hff;
      5'b10101: data = 8'hff;
      5'b10110: data = 8'hff;
      5'b10111: data = 8'hff;
      5'b11000: data = 8'hff;
      5'b11001: data = 8'hff;
      5'b11010: data = 8'hff;
      5'b11011: data = 8'hff;
      5'b11100: data = 8'hff;
      5'b11101: data = 8'hff;
      5'b11110: data = 8'hff;
      5'b11111: data = 8'hff;
      default: data = 8'h0;
    endcase
            
endmodule // rx_parser$payload$thermometer


module rx_parser$payload_at_lane_two(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload_at_lane_two


module rx_parser$payload_lane(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload_lane


module rx_parser$payload_room(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$payload_room


module rx_parser$phase(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$phase


module rx_parser$rule(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$rule


module rx_parser$udp_length_ok(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$udp_length_ok


module rx_parser$verdict(clock,reset,frame_end,frame_flags,checksum_bad,icrc_valid,icrc_ok,valid,ready,cause,busy,ended_with_length_error,stat_index,stat_value);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  frame_end;
    input wire  [17:0] frame_flags;
    input wire  checksum_bad;
    input wire  icrc_valid;
    input wire  icrc_ok;
    output reg  valid;
    input wire  ready;
    output reg  [4:0] cause;
    output reg  busy;
    output reg  ended_with_length_error;
    input wire  [4:0] stat_index;
    output reg  [31:0] stat_value;
    
    // Constant declarations
    localparam  cause_accepted = 5'b0;
    localparam  cause_mac_error = 5'b1;
    localparam  cause_vlan_tagged = 5'b10;
    localparam  cause_ipv6 = 5'b11;
    localparam  cause_ether_type = 5'b100;
    localparam  cause_ip_header = 5'b101;
    localparam  cause_ip_options = 5'b110;
    localparam  cause_ip_fragment = 5'b111;
    localparam  cause_not_udp = 5'b1000;
    localparam  cause_ip_checksum = 5'b1001;
    localparam  cause_udp_port = 5'b1010;
    localparam  cause_bth_version = 5'b1011;
    localparam  cause_opcode = 5'b1100;
    localparam  cause_pkey = 5'b1101;
    localparam  cause_truncated = 5'b1110;
    localparam  cause_length = 5'b1111;
    localparam  cause_too_long = 5'b10000;
    localparam  cause_payload_length = 5'b10001;
    localparam  cause_icrc = 5'b10010;
    
    // Stub signals
    reg  counters$clock;
    reg  counters$reset;
    reg  counters$count;
    reg  [4:0] counters$count_index;
    reg  [4:0] counters$read_index;
    wire  [31:0] counters$read_value;
    wire  counters$ready;
    reg  [17:0] end_flags$0$d;
    wire  [17:0] end_flags$0$q;
    reg  end_flags$0$clock;
    reg  [17:0] end_flags$1$d;
    wire  [17:0] end_flags$1$q;
    reg  end_flags$1$clock;
    reg  [17:0] end_flags$2$d;
    wire  [17:0] end_flags$2$q;
    reg  end_flags$2$clock;
    reg  [17:0] end_flags$3$d;
    wire  [17:0] end_flags$3$q;
    reg  end_flags$3$clock;
    reg  [17:0] end_flags$4$d;
    wire  [17:0] end_flags$4$q;
    reg  end_flags$4$clock;
    reg  end_valid$0$d;
    wire  end_valid$0$q;
    reg  end_valid$0$clock;
    reg  end_valid$1$d;
    wire  end_valid$1$q;
    reg  end_valid$1$clock;
    reg  end_valid$2$d;
    wire  end_valid$2$q;
    reg  end_valid$2$clock;
    reg  end_valid$3$d;
    wire  end_valid$3$q;
    reg  end_valid$3$clock;
    reg  end_valid$4$d;
    wire  end_valid$4$q;
    reg  end_valid$4$clock;
    reg  [4:0] verdict$d;
    wire  [4:0] verdict$q;
    reg  verdict$clock;
    reg  verdict_pending$d;
    wire  verdict_pending$q;
    reg  verdict_pending$clock;
    reg  verdict_counted$d;
    wire  verdict_counted$q;
    reg  verdict_counted$clock;
    
    // Local signals
    reg  [4:0] first_failure;
    reg  [17:0] final_flags;
    
    // Sub module instances
    rx_parser$verdict$counters counters(
        .clock(counters$clock),
        .reset(counters$reset),
        .count(counters$count),
        .count_index(counters$count_index),
        .read_index(counters$read_index),
        .read_value(counters$read_value),
        .ready(counters$ready)
    );
    rx_parser$verdict$end_flags$0 end_flags$0(
        .d(end_flags$0$d),
        .q(end_flags$0$q),
        .clock(end_flags$0$clock)
    );
    rx_parser$verdict$end_flags$1 end_flags$1(
        .d(end_flags$1$d),
        .q(end_flags$1$q),
        .clock(end_flags$1$clock)
    );
    rx_parser$verdict$end_flags$2 end_flags$2(
        .d(end_flags$2$d),
        .q(end_flags$2$q),
        .clock(end_flags$2$clock)
    );
    rx_parser$verdict$end_flags$3 end_flags$3(
        .d(end_flags$3$d),
        .q(end_flags$3$q),
        .clock(end_flags$3$clock)
    );
    rx_parser$verdict$end_flags$4 end_flags$4(
        .d(end_flags$4$d),
        .q(end_flags$4$q),
        .clock(end_flags$4$clock)
    );
    rx_parser$verdict$end_valid$0 end_valid$0(
        .d(end_valid$0$d),
        .q(end_valid$0$q),
        .clock(end_valid$0$clock)
    );
    rx_parser$verdict$end_valid$1 end_valid$1(
        .d(end_valid$1$d),
        .q(end_valid$1$q),
        .clock(end_valid$1$clock)
    );
    rx_parser$verdict$end_valid$2 end_valid$2(
        .d(end_valid$2$d),
        .q(end_valid$2$q),
        .clock(end_valid$2$clock)
    );
    rx_parser$verdict$end_valid$3 end_valid$3(
        .d(end_valid$3$d),
        .q(end_valid$3$q),
        .clock(end_valid$3$clock)
    );
    rx_parser$verdict$end_valid$4 end_valid$4(
        .d(end_valid$4$d),
        .q(end_valid$4$q),
        .clock(end_valid$4$clock)
    );
    rx_parser$verdict$verdict verdict(
        .d(verdict$d),
        .q(verdict$q),
        .clock(verdict$clock)
    );
    rx_parser$verdict$verdict_pending verdict_pending(
        .d(verdict_pending$d),
        .q(verdict_pending$q),
        .clock(verdict_pending$clock)
    );
    rx_parser$verdict$verdict_counted verdict_counted(
        .d(verdict_counted$d),
        .q(verdict_counted$q),
        .clock(verdict_counted$clock)
    );
    
    // Update code
    always @(*) begin
        verdict$clock = clock;
        verdict_pending$clock = clock;
        verdict_counted$clock = clock;
        verdict$d = verdict$q;
        verdict_pending$d = verdict_pending$q;
        verdict_counted$d = verdict_counted$q;
        end_flags$0$clock = clock;
        end_valid$0$clock = clock;
        end_flags$1$clock = clock;
        end_valid$1$clock = clock;
        end_flags$2$clock = clock;
        end_valid$2$clock = clock;
        end_flags$3$clock = clock;
        end_valid$3$clock = clock;
        end_flags$4$clock = clock;
        end_valid$4$clock = clock;
        counters$clock = clock;
        counters$reset = reset;
        end_valid$0$d = frame_end;
        end_flags$0$d = frame_flags;
        end_valid$1$d = end_valid$0$q;
        end_flags$1$d = end_flags$0$q;
        end_valid$2$d = end_valid$1$q;
        end_flags$2$d = end_flags$1$q;
        end_valid$3$d = end_valid$2$q;
        end_flags$3$d = end_flags$2$q;
        end_valid$4$d = end_valid$3$q;
        end_flags$4$d = end_flags$3$q;
        ended_with_length_error = end_flags$0$q[(64'he)+:(1)] | end_flags$0$q[(64'hf)+:(1)] | end_flags$0$q[(64'h10)+:(1)];
        busy = end_valid$0$q | end_valid$1$q | end_valid$2$q | end_valid$3$q | end_valid$4$q | (verdict_pending$q & ~ready) | ~counters$ready;
        final_flags = end_flags$4$q;
        if (final_flags[(64'h0)+:(1)]) begin
            first_failure = cause_mac_error;
        end
        else if (final_flags[(64'h1)+:(1)]) begin
            first_failure = cause_vlan_tagged;
        end
        else if (final_flags[(64'h2)+:(1)]) begin
            first_failure = cause_ipv6;
        end
        else if (final_flags[(64'h3)+:(1)]) begin
            first_failure = cause_ether_type;
        end
        else if (final_flags[(64'h4)+:(1)]) begin
            first_failure = cause_ip_header;
        end
        else if (final_flags[(64'h5)+:(1)]) begin
            first_failure = cause_ip_options;
        end
        else if (final_flags[(64'h6)+:(1)]) begin
            first_failure = cause_ip_fragment;
        end
        else if (final_flags[(64'h7)+:(1)]) begin
            first_failure = cause_not_udp;
        end
        else if (final_flags[(64'h8)+:(1)] & checksum_bad) begin
            first_failure = cause_ip_checksum;
        end
        else if (final_flags[(64'h9)+:(1)]) begin
            first_failure = cause_udp_port;
        end
        else if (final_flags[(64'ha)+:(1)]) begin
            first_failure = cause_bth_version;
        end
        else if (final_flags[(64'hb)+:(1)]) begin
            first_failure = cause_opcode;
        end
        else if (final_flags[(64'hc)+:(1)]) begin
            first_failure = cause_pkey;
        end
        else if (final_flags[(64'hd)+:(1)]) begin
            first_failure = cause_truncated;
        end
        else if (final_flags[(64'he)+:(1)]) begin
            first_failure = cause_length;
        end
        else if (final_flags[(64'hf)+:(1)]) begin
            first_failure = cause_too_long;
        end
        else if (final_flags[(64'h10)+:(1)]) begin
            first_failure = cause_payload_length;
        end
        else if (final_flags[(64'h11)+:(1)]) begin
            first_failure = cause_length;
        end
        else if (~(icrc_valid & icrc_ok)) begin
            first_failure = cause_icrc;
        end
        else begin
            first_failure = cause_accepted;
        end
        if (verdict_pending$q & ready) begin
            verdict_pending$d = 1'b0;
        end
        if (end_valid$4$q) begin
            verdict$d = first_failure;
            verdict_pending$d = 1'b1;
        end
        valid = verdict_pending$q;
        cause = verdict$q;
        verdict_counted$d = end_valid$4$q;
        counters$count = verdict_counted$q;
        counters$count_index = verdict$q;
        counters$read_index = stat_index;
        stat_value = counters$read_value;
        if (reset) begin
            verdict_pending$d = 1'b0;
            verdict_counted$d = 1'b0;
            end_valid$0$d = 1'b0;
            end_valid$1$d = 1'b0;
            end_valid$2$d = 1'b0;
            end_valid$3$d = 1'b0;
            end_valid$4$d = 1'b0;
        end
    end
    
endmodule // rx_parser$verdict


module rx_parser$verdict$counters(clock,reset,count,count_index,read_index,read_value,ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  count;
    input wire  [4:0] count_index;
    input wire  [4:0] read_index;
    output reg  [31:0] read_value;
    output reg  ready;
    
    // Constant declarations
    localparam  zero_index = 5'b0;
    localparam  zero = 32'h0;
    localparam  one = 32'h1;
    localparam  last_index = 5'b11111;
    localparam  one_index = 5'b1;
    
    // Stub signals
    reg  [4:0] tally$read_address;
    reg  tally$read_clock;
    wire  [31:0] tally$read_data;
    reg  [4:0] tally$write_address;
    reg  tally$write_clock;
    reg  [31:0] tally$write_data;
    reg  tally$write_enable;
    reg  [4:0] shadow$read_address;
    reg  shadow$read_clock;
    wire  [31:0] shadow$read_data;
    reg  [4:0] shadow$write_address;
    reg  shadow$write_clock;
    reg  [31:0] shadow$write_data;
    reg  shadow$write_enable;
    reg  pending$d;
    wire  pending$q;
    reg  pending$clock;
    reg  [4:0] pending_index$d;
    wire  [4:0] pending_index$q;
    reg  pending_index$clock;
    reg  held$d;
    wire  held$q;
    reg  held$clock;
    reg  [4:0] held_index$d;
    wire  [4:0] held_index$q;
    reg  held_index$clock;
    reg  [31:0] held_value$d;
    wire  [31:0] held_value$q;
    reg  held_value$clock;
    reg  clearing$d;
    wire  clearing$q;
    reg  clearing$clock;
    reg  [4:0] clear_index$d;
    wire  [4:0] clear_index$q;
    reg  clear_index$clock;
    
    // Local signals
    reg  write_enable;
    reg  [4:0] write_address;
    reg  [31:0] write_data;
    
    // Sub module instances
    rx_parser$verdict$counters$tally tally(
        .read_address(tally$read_address),
        .read_clock(tally$read_clock),
        .read_data(tally$read_data),
        .write_address(tally$write_address),
        .write_clock(tally$write_clock),
        .write_data(tally$write_data),
        .write_enable(tally$write_enable)
    );
    rx_parser$verdict$counters$shadow shadow(
        .read_address(shadow$read_address),
        .read_clock(shadow$read_clock),
        .read_data(shadow$read_data),
        .write_address(shadow$write_address),
        .write_clock(shadow$write_clock),
        .write_data(shadow$write_data),
        .write_enable(shadow$write_enable)
    );
    rx_parser$verdict$counters$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    rx_parser$verdict$counters$pending_index pending_index(
        .d(pending_index$d),
        .q(pending_index$q),
        .clock(pending_index$clock)
    );
    rx_parser$verdict$counters$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    rx_parser$verdict$counters$held_index held_index(
        .d(held_index$d),
        .q(held_index$q),
        .clock(held_index$clock)
    );
    rx_parser$verdict$counters$held_value held_value(
        .d(held_value$d),
        .q(held_value$q),
        .clock(held_value$clock)
    );
    rx_parser$verdict$counters$clearing clearing(
        .d(clearing$d),
        .q(clearing$q),
        .clock(clearing$clock)
    );
    rx_parser$verdict$counters$clear_index clear_index(
        .d(clear_index$d),
        .q(clear_index$q),
        .clock(clear_index$clock)
    );
    
    // Update code
    always @(*) begin
        pending$clock = clock;
        pending_index$clock = clock;
        held$clock = clock;
        held_index$clock = clock;
        held_value$clock = clock;
        clearing$clock = clock;
        clear_index$clock = clock;
        pending$d = pending$q;
        pending_index$d = pending_index$q;
        held$d = held$q;
        held_index$d = held_index$q;
        held_value$d = held_value$q;
        clearing$d = clearing$q;
        clear_index$d = clear_index$q;
        tally$read_clock = clock;
        tally$write_clock = clock;
        shadow$read_clock = clock;
        shadow$write_clock = clock;
        tally$read_address = count_index;
        shadow$read_address = read_index;
        read_value = shadow$read_data;
        pending$d = count & ~clearing$q;
        pending_index$d = count_index;
        held$d = pending$q;
        held_index$d = pending_index$q;
        held_value$d = tally$read_data;
        write_enable = held$q;
        write_address = held_index$q;
        write_data = held_value$q + one;
        if (clearing$q) begin
            write_enable = 1'b1;
            write_address = clear_index$q;
            write_data = zero;
            clear_index$d = clear_index$q + one_index;
            if (clear_index$q == last_index) begin
                clearing$d = 1'b0;
            end
        end
        tally$write_enable = write_enable;
        tally$write_address = write_address;
        tally$write_data = write_data;
        shadow$write_enable = write_enable;
        shadow$write_address = write_address;
        shadow$write_data = write_data;
        ready = ~clearing$q;
        if (reset) begin
            pending$d = 1'b0;
            held$d = 1'b0;
            clearing$d = 1'b1;
            clear_index$d = zero_index;
        end
    end
    
endmodule // rx_parser$verdict$counters


module rx_parser$verdict$counters$clear_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$counters$clear_index


module rx_parser$verdict$counters$clearing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$counters$clearing


module rx_parser$verdict$counters$held(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$counters$held


module rx_parser$verdict$counters$held_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$counters$held_index


module rx_parser$verdict$counters$held_value(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$counters$held_value


module rx_parser$verdict$counters$pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$counters$pending


module rx_parser$verdict$counters$pending_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$counters$pending_index


module rx_parser$verdict$counters$shadow(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    initial begin
    mem[5'b0] = 32'h0;
    mem[5'b1] = 32'h0;
    mem[5'b10] = 32'h0;
    mem[5'b11] = 32'h0;
    mem[5'b100] = 32'h0;
    mem[5'b101] = 32'h0;
    mem[5'b110] = 32'h0;
    mem[5'b111] = 32'h0;
    mem[5'b1000] = 32'h0;
    mem[5'b1001] = 32'h0;
    mem[5'b1010] = 32'h0;
    mem[5'b1011] = 32'h0;
    mem[5'b1100] = 32'h0;
    mem[5'b1101] = 32'h0;
    mem[5'b1110] = 32'h0;
    mem[5'b1111] = 32'h0;
    mem[5'b10000] = 32'h0;
    mem[5'b10001] = 32'h0;
    mem[5'b10010] = 32'h0;
    mem[5'b10011] = 32'h0;
    mem[5'b10100] = 32'h0;
    mem[5'b10101] = 32'h0;
    mem[5'b10110] = 32'h0;
    mem[5'b10111] = 32'h0;
    mem[5'b11000] = 32'h0;
    mem[5'b11001] = 32'h0;
    mem[5'b11010] = 32'h0;
    mem[5'b11011] = 32'h0;
    mem[5'b11100] = 32'h0;
    mem[5'b11101] = 32'h0;
    mem[5'b11110] = 32'h0;
    mem[5'b11111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // rx_parser$verdict$counters$shadow


module rx_parser$verdict$counters$tally(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    initial begin
    mem[5'b0] = 32'h0;
    mem[5'b1] = 32'h0;
    mem[5'b10] = 32'h0;
    mem[5'b11] = 32'h0;
    mem[5'b100] = 32'h0;
    mem[5'b101] = 32'h0;
    mem[5'b110] = 32'h0;
    mem[5'b111] = 32'h0;
    mem[5'b1000] = 32'h0;
    mem[5'b1001] = 32'h0;
    mem[5'b1010] = 32'h0;
    mem[5'b1011] = 32'h0;
    mem[5'b1100] = 32'h0;
    mem[5'b1101] = 32'h0;
    mem[5'b1110] = 32'h0;
    mem[5'b1111] = 32'h0;
    mem[5'b10000] = 32'h0;
    mem[5'b10001] = 32'h0;
    mem[5'b10010] = 32'h0;
    mem[5'b10011] = 32'h0;
    mem[5'b10100] = 32'h0;
    mem[5'b10101] = 32'h0;
    mem[5'b10110] = 32'h0;
    mem[5'b10111] = 32'h0;
    mem[5'b11000] = 32'h0;
    mem[5'b11001] = 32'h0;
    mem[5'b11010] = 32'h0;
    mem[5'b11011] = 32'h0;
    mem[5'b11100] = 32'h0;
    mem[5'b11101] = 32'h0;
    mem[5'b11110] = 32'h0;
    mem[5'b11111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // rx_parser$verdict$counters$tally


module rx_parser$verdict$end_flags$0(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$end_flags$0


module rx_parser$verdict$end_flags$1(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$end_flags$1


module rx_parser$verdict$end_flags$2(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$end_flags$2


module rx_parser$verdict$end_flags$3(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$end_flags$3


module rx_parser$verdict$end_flags$4(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$end_flags$4


module rx_parser$verdict$end_valid$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$end_valid$0


module rx_parser$verdict$end_valid$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$end_valid$1


module rx_parser$verdict$end_valid$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$end_valid$2


module rx_parser$verdict$end_valid$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$end_valid$3


module rx_parser$verdict$end_valid$4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$end_valid$4


module rx_parser$verdict$verdict(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$verdict


module rx_parser$verdict$verdict_counted(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$verdict_counted


module rx_parser$verdict$verdict_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rx_parser$verdict$verdict_pending
