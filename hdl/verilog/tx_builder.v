// tx_builder: generated from RustHDL by nic-hdl. Do not edit; regenerate with
// `cargo run -p nicctl -- emit --out hdl/verilog`.


module tx_builder(clock,reset,desc_valid,desc_ready,desc_dst_mac,desc_src_mac,desc_src_ip,desc_dst_ip,desc_ip_dscp,desc_ip_ecn,desc_udp_src_port,desc_opcode,desc_solicited,desc_mig_req,desc_pkey,desc_fecn,desc_becn,desc_dest_qp,desc_ack_req,desc_psn,desc_reth_va,desc_reth_rkey,desc_reth_dma_length,desc_aeth_syndrome,desc_aeth_msn,desc_immdt,desc_ieth_rkey,desc_deth_qkey,desc_deth_src_qp,desc_payload_length,s_axis_payload_tdata,s_axis_payload_tlast,s_axis_payload_tvalid,s_axis_payload_tready,m_axis_tdata,m_axis_tkeep,m_axis_tlast,m_axis_tvalid,m_axis_tready,stat_frames,stat_bad_descriptors,stat_payload_mismatches);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  desc_valid;
    output reg  desc_ready;
    input wire  [47:0] desc_dst_mac;
    input wire  [47:0] desc_src_mac;
    input wire  [31:0] desc_src_ip;
    input wire  [31:0] desc_dst_ip;
    input wire  [5:0] desc_ip_dscp;
    input wire  [1:0] desc_ip_ecn;
    input wire  [15:0] desc_udp_src_port;
    input wire  [7:0] desc_opcode;
    input wire  desc_solicited;
    input wire  desc_mig_req;
    input wire  [15:0] desc_pkey;
    input wire  desc_fecn;
    input wire  desc_becn;
    input wire  [23:0] desc_dest_qp;
    input wire  desc_ack_req;
    input wire  [23:0] desc_psn;
    input wire  [63:0] desc_reth_va;
    input wire  [31:0] desc_reth_rkey;
    input wire  [31:0] desc_reth_dma_length;
    input wire  [7:0] desc_aeth_syndrome;
    input wire  [23:0] desc_aeth_msn;
    input wire  [31:0] desc_immdt;
    input wire  [31:0] desc_ieth_rkey;
    input wire  [31:0] desc_deth_qkey;
    input wire  [23:0] desc_deth_src_qp;
    input wire  [12:0] desc_payload_length;
    input wire  [63:0] s_axis_payload_tdata;
    input wire  s_axis_payload_tlast;
    input wire  s_axis_payload_tvalid;
    output reg  s_axis_payload_tready;
    output reg  [63:0] m_axis_tdata;
    output reg  [7:0] m_axis_tkeep;
    output reg  m_axis_tlast;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    output reg  [31:0] stat_frames;
    output reg  [31:0] stat_bad_descriptors;
    output reg  [31:0] stat_payload_mismatches;
    
    // Constant declarations
    localparam  ones = 8'hff;
    localparam  no_lanes = 8'h0;
    localparam  zero_word = 64'h0;
    localparam  no_payload = 13'b0;
    localparam  one_beat = 10'b1;
    localparam  no_beats = 10'b0;
    localparam  one_discard = 3'b1;
    localparam  full_discards = 3'b110;
    localparam  no_shift = 3'b0;
    localparam  count_one = 32'h1;
    localparam  no_count = 32'h0;
    localparam  first_phase = 11'b1;
    localparam  beyond_phase = 11'b10000000000;
    
    // Stub signals
    reg  planner$clock;
    reg  planner$reset;
    reg  [553:0] planner$descriptor;
    reg  planner$descriptor_valid;
    wire  planner$descriptor_ready;
    wire  [553:0] planner$pending;
    wire  [22:0] planner$entry;
    wire  [130:0] planner$layout;
    wire  planner$refused;
    wire  planner$ready;
    reg  planner$take;
    reg  payload_slice$clock;
    reg  payload_slice$reset;
    reg  [64:0] payload_slice$in_data;
    reg  payload_slice$in_valid;
    wire  payload_slice$in_ready;
    wire  [64:0] payload_slice$out_data;
    wire  payload_slice$out_valid;
    reg  payload_slice$out_ready;
    reg  inserter$clock;
    reg  inserter$reset;
    reg  [79:0] inserter$beat;
    reg  inserter$beat_valid;
    reg  inserter$crc_beat_1;
    reg  inserter$crc_beat_2;
    reg  inserter$crc_beat_3;
    reg  inserter$crc_beat_5;
    reg  inserter$crc_covered;
    reg  inserter$crc_last;
    wire  inserter$advance;
    wire  [63:0] inserter$m_axis_tdata;
    wire  [7:0] inserter$m_axis_tkeep;
    wire  inserter$m_axis_tlast;
    wire  inserter$m_axis_tvalid;
    reg  inserter$m_axis_tready;
    reg  [553:0] header$descriptor;
    reg  header$reth;
    reg  header$aeth;
    reg  header$deth;
    reg  header$ieth;
    reg  header$immdt;
    reg  [1:0] header$pad;
    reg  [15:0] header$ip_length;
    reg  [15:0] header$udp_length;
    reg  [15:0] header$checksum;
    reg  [9:0] header$phase;
    wire  [63:0] header$word;
    reg  [7:0] header_bytes$data_in;
    wire  [63:0] header_bytes$data_out;
    reg  [7:0] payload_bytes$data_in;
    wire  [63:0] payload_bytes$data_out;
    reg  [553:0] active$d;
    wire  [553:0] active$q;
    reg  active$clock;
    reg  [22:0] active_entry$d;
    wire  [22:0] active_entry$q;
    reg  active_entry$clock;
    reg  [130:0] active_layout$d;
    wire  [130:0] active_layout$q;
    reg  active_layout$clock;
    reg  busy$d;
    wire  busy$q;
    reg  busy$clock;
    reg  [9:0] beat$d;
    wire  [9:0] beat$q;
    reg  beat$clock;
    reg  [10:0] phase$d;
    wire  [10:0] phase$q;
    reg  phase$clock;
    reg  [9:0] inputs_left$d;
    wire  [9:0] inputs_left$q;
    reg  inputs_left$clock;
    reg  past_header$d;
    wire  past_header$q;
    reg  past_header$clock;
    reg  needs_input_q$d;
    wire  needs_input_q$q;
    reg  needs_input_q$clock;
    reg  last_beat_now$d;
    wire  last_beat_now$q;
    reg  last_beat_now$clock;
    reg  past_payload_end$d;
    wire  past_payload_end$q;
    reg  past_payload_end$clock;
    reg  past_crc_end$d;
    wire  past_crc_end$q;
    reg  past_crc_end$clock;
    reg  long_found$d;
    wire  long_found$q;
    reg  long_found$clock;
    reg  refused_found$d;
    wire  refused_found$q;
    reg  refused_found$clock;
    reg  [63:0] previous$d;
    wire  [63:0] previous$q;
    reg  previous$clock;
    reg  payload_short$d;
    wire  payload_short$q;
    reg  payload_short$clock;
    reg  [2:0] discards$d;
    wire  [2:0] discards$q;
    reg  discards$clock;
    reg  stomp$d;
    wire  stomp$q;
    reg  stomp$clock;
    reg  [31:0] frames$d;
    wire  [31:0] frames$q;
    reg  frames$clock;
    reg  [31:0] bad_descriptors$d;
    wire  [31:0] bad_descriptors$q;
    reg  bad_descriptors$clock;
    reg  [31:0] payload_mismatches$d;
    wire  [31:0] payload_mismatches$q;
    reg  payload_mismatches$clock;
    
    // Local signals
    reg  [12:0] next_length;
    reg  [9:0] next_beat;
    reg  [9:0] inputs_left_next;
    reg  past_header_next;
    reg  [2:0] discards_next;
    reg  discarding;
    reg  advance;
    reg  needs_input;
    reg  takes_input;
    reg  make_beat;
    reg  ends_frame;
    reg  start;
    reg  [63:0] input_word;
    reg  [63:0] header_le;
    reg  [63:0] payload_word;
    reg  [7:0] payload_keep;
    reg  [7:0] header_keep;
    reg  [79:0] generated;
    reg  stomp_now;
    
    // Sub module instances
    tx_builder$planner planner(
        .clock(planner$clock),
        .reset(planner$reset),
        .descriptor(planner$descriptor),
        .descriptor_valid(planner$descriptor_valid),
        .descriptor_ready(planner$descriptor_ready),
        .pending(planner$pending),
        .entry(planner$entry),
        .layout(planner$layout),
        .refused(planner$refused),
        .ready(planner$ready),
        .take(planner$take)
    );
    tx_builder$payload_slice payload_slice(
        .clock(payload_slice$clock),
        .reset(payload_slice$reset),
        .in_data(payload_slice$in_data),
        .in_valid(payload_slice$in_valid),
        .in_ready(payload_slice$in_ready),
        .out_data(payload_slice$out_data),
        .out_valid(payload_slice$out_valid),
        .out_ready(payload_slice$out_ready)
    );
    tx_builder$inserter inserter(
        .clock(inserter$clock),
        .reset(inserter$reset),
        .beat(inserter$beat),
        .beat_valid(inserter$beat_valid),
        .crc_beat_1(inserter$crc_beat_1),
        .crc_beat_2(inserter$crc_beat_2),
        .crc_beat_3(inserter$crc_beat_3),
        .crc_beat_5(inserter$crc_beat_5),
        .crc_covered(inserter$crc_covered),
        .crc_last(inserter$crc_last),
        .advance(inserter$advance),
        .m_axis_tdata(inserter$m_axis_tdata),
        .m_axis_tkeep(inserter$m_axis_tkeep),
        .m_axis_tlast(inserter$m_axis_tlast),
        .m_axis_tvalid(inserter$m_axis_tvalid),
        .m_axis_tready(inserter$m_axis_tready)
    );
    tx_builder$header header(
        .descriptor(header$descriptor),
        .reth(header$reth),
        .aeth(header$aeth),
        .deth(header$deth),
        .ieth(header$ieth),
        .immdt(header$immdt),
        .pad(header$pad),
        .ip_length(header$ip_length),
        .udp_length(header$udp_length),
        .checksum(header$checksum),
        .phase(header$phase),
        .word(header$word)
    );
    tx_builder$header_bytes header_bytes(
        .data_in(header_bytes$data_in),
        .data_out(header_bytes$data_out)
    );
    tx_builder$payload_bytes payload_bytes(
        .data_in(payload_bytes$data_in),
        .data_out(payload_bytes$data_out)
    );
    tx_builder$active active(
        .d(active$d),
        .q(active$q),
        .clock(active$clock)
    );
    tx_builder$active_entry active_entry(
        .d(active_entry$d),
        .q(active_entry$q),
        .clock(active_entry$clock)
    );
    tx_builder$active_layout active_layout(
        .d(active_layout$d),
        .q(active_layout$q),
        .clock(active_layout$clock)
    );
    tx_builder$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    tx_builder$beat beat(
        .d(beat$d),
        .q(beat$q),
        .clock(beat$clock)
    );
    tx_builder$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    tx_builder$inputs_left inputs_left(
        .d(inputs_left$d),
        .q(inputs_left$q),
        .clock(inputs_left$clock)
    );
    tx_builder$past_header past_header(
        .d(past_header$d),
        .q(past_header$q),
        .clock(past_header$clock)
    );
    tx_builder$needs_input_q needs_input_q(
        .d(needs_input_q$d),
        .q(needs_input_q$q),
        .clock(needs_input_q$clock)
    );
    tx_builder$last_beat_now last_beat_now(
        .d(last_beat_now$d),
        .q(last_beat_now$q),
        .clock(last_beat_now$clock)
    );
    tx_builder$past_payload_end past_payload_end(
        .d(past_payload_end$d),
        .q(past_payload_end$q),
        .clock(past_payload_end$clock)
    );
    tx_builder$past_crc_end past_crc_end(
        .d(past_crc_end$d),
        .q(past_crc_end$q),
        .clock(past_crc_end$clock)
    );
    tx_builder$long_found long_found(
        .d(long_found$d),
        .q(long_found$q),
        .clock(long_found$clock)
    );
    tx_builder$refused_found refused_found(
        .d(refused_found$d),
        .q(refused_found$q),
        .clock(refused_found$clock)
    );
    tx_builder$previous previous(
        .d(previous$d),
        .q(previous$q),
        .clock(previous$clock)
    );
    tx_builder$payload_short payload_short(
        .d(payload_short$d),
        .q(payload_short$q),
        .clock(payload_short$clock)
    );
    tx_builder$discards discards(
        .d(discards$d),
        .q(discards$q),
        .clock(discards$clock)
    );
    tx_builder$stomp stomp(
        .d(stomp$d),
        .q(stomp$q),
        .clock(stomp$clock)
    );
    tx_builder$frames frames(
        .d(frames$d),
        .q(frames$q),
        .clock(frames$clock)
    );
    tx_builder$bad_descriptors bad_descriptors(
        .d(bad_descriptors$d),
        .q(bad_descriptors$q),
        .clock(bad_descriptors$clock)
    );
    tx_builder$payload_mismatches payload_mismatches(
        .d(payload_mismatches$d),
        .q(payload_mismatches$q),
        .clock(payload_mismatches$clock)
    );
    
    // Update code
    always @(*) begin
        active$clock = clock;
        active_entry$clock = clock;
        active_layout$clock = clock;
        busy$clock = clock;
        beat$clock = clock;
        phase$clock = clock;
        inputs_left$clock = clock;
        past_header$clock = clock;
        needs_input_q$clock = clock;
        last_beat_now$clock = clock;
        past_payload_end$clock = clock;
        past_crc_end$clock = clock;
        long_found$clock = clock;
        refused_found$clock = clock;
        previous$clock = clock;
        payload_short$clock = clock;
        discards$clock = clock;
        stomp$clock = clock;
        frames$clock = clock;
        bad_descriptors$clock = clock;
        payload_mismatches$clock = clock;
        active$d = active$q;
        active_entry$d = active_entry$q;
        active_layout$d = active_layout$q;
        busy$d = busy$q;
        beat$d = beat$q;
        phase$d = phase$q;
        inputs_left$d = inputs_left$q;
        past_header$d = past_header$q;
        needs_input_q$d = needs_input_q$q;
        last_beat_now$d = last_beat_now$q;
        past_payload_end$d = past_payload_end$q;
        past_crc_end$d = past_crc_end$q;
        long_found$d = long_found$q;
        refused_found$d = refused_found$q;
        previous$d = previous$q;
        payload_short$d = payload_short$q;
        discards$d = discards$q;
        stomp$d = stomp$q;
        frames$d = frames$q;
        bad_descriptors$d = bad_descriptors$q;
        payload_mismatches$d = payload_mismatches$q;
        payload_slice$clock = clock;
        payload_slice$reset = reset;
        inserter$clock = clock;
        inserter$reset = reset;
        inserter$m_axis_tready = m_axis_tready;
        m_axis_tdata = inserter$m_axis_tdata;
        m_axis_tkeep = inserter$m_axis_tkeep;
        m_axis_tlast = inserter$m_axis_tlast;
        m_axis_tvalid = inserter$m_axis_tvalid;
        planner$clock = clock;
        planner$reset = reset;
        planner$descriptor[(64'h0)+:(48)] = desc_dst_mac;
        planner$descriptor[(64'h30)+:(48)] = desc_src_mac;
        planner$descriptor[(64'h60)+:(32)] = desc_src_ip;
        planner$descriptor[(64'h80)+:(32)] = desc_dst_ip;
        planner$descriptor[(64'ha0)+:(6)] = desc_ip_dscp;
        planner$descriptor[(64'ha6)+:(2)] = desc_ip_ecn;
        planner$descriptor[(64'ha8)+:(16)] = desc_udp_src_port;
        planner$descriptor[(64'hb8)+:(8)] = desc_opcode;
        planner$descriptor[(64'hc0)+:(1)] = desc_solicited;
        planner$descriptor[(64'hc1)+:(1)] = desc_mig_req;
        planner$descriptor[(64'hc2)+:(16)] = desc_pkey;
        planner$descriptor[(64'hd2)+:(1)] = desc_fecn;
        planner$descriptor[(64'hd3)+:(1)] = desc_becn;
        planner$descriptor[(64'hd4)+:(24)] = desc_dest_qp;
        planner$descriptor[(64'hec)+:(1)] = desc_ack_req;
        planner$descriptor[(64'hed)+:(24)] = desc_psn;
        planner$descriptor[(64'h105)+:(64)] = desc_reth_va;
        planner$descriptor[(64'h145)+:(32)] = desc_reth_rkey;
        planner$descriptor[(64'h165)+:(32)] = desc_reth_dma_length;
        planner$descriptor[(64'h185)+:(8)] = desc_aeth_syndrome;
        planner$descriptor[(64'h18d)+:(24)] = desc_aeth_msn;
        planner$descriptor[(64'h1a5)+:(32)] = desc_immdt;
        planner$descriptor[(64'h1c5)+:(32)] = desc_ieth_rkey;
        planner$descriptor[(64'h1e5)+:(32)] = desc_deth_qkey;
        planner$descriptor[(64'h205)+:(24)] = desc_deth_src_qp;
        planner$descriptor[(64'h21d)+:(13)] = desc_payload_length;
        planner$descriptor_valid = desc_valid;
        desc_ready = planner$descriptor_ready;
        next_length = planner$pending[(64'h21d)+:(13)];
        advance = inserter$advance;
        discarding = discards$q != no_shift;
        needs_input = busy$q & needs_input_q$q;
        takes_input = needs_input & ~payload_short$q & ~discarding & payload_slice$out_valid;
        make_beat = advance & busy$q & (~needs_input | payload_short$q | takes_input);
        ends_frame = make_beat & last_beat_now$q;
        payload_slice$out_ready = (advance & takes_input) | discarding;
        input_word = payload_slice$out_data[(64'h0)+:(64)];
        if (~takes_input) begin
            input_word = zero_word;
        end
        header$descriptor = active$q;
        header$reth = active_entry$q[(64'h3)+:(1)];
        header$aeth = active_entry$q[(64'h4)+:(1)];
        header$deth = active_entry$q[(64'h7)+:(1)];
        header$ieth = active_entry$q[(64'h6)+:(1)];
        header$immdt = active_entry$q[(64'h5)+:(1)];
        header$pad = active_layout$q[(64'h0)+:(2)];
        header$ip_length = active_layout$q[(64'h2)+:(16)];
        header$udp_length = active_layout$q[(64'h12)+:(16)];
        header$checksum = active_layout$q[(64'h22)+:(16)];
        header$phase = phase$q[(32'h0)+:(10)];
        header_le = header$word;
        if (active_layout$q[(64'h3c)+:(1)]) begin
            payload_word = (previous$q >> 32'h30) | (input_word << 32'h10);
        end
        else begin
            payload_word = (previous$q >> 32'h10) | (input_word << 32'h30);
        end
        header_keep = ones;
        payload_keep = no_lanes;
        if (past_header$q) begin
            header_keep = no_lanes;
            payload_keep = ones;
            if (beat$q == active_layout$q[(64'h32)+:(10)]) begin
                header_keep = ones >> 32'h6;
                payload_keep = ones << 32'h2;
                if (~active_layout$q[(64'h3c)+:(1)]) begin
                    header_keep = ones >> 32'h2;
                    payload_keep = ones << 32'h6;
                end
            end
            if (beat$q == active_layout$q[(64'h47)+:(10)]) begin
                payload_keep = payload_keep & active_layout$q[(64'h51)+:(8)];
            end
            if (past_payload_end$q) begin
                payload_keep = no_lanes;
            end
        end
        header_bytes$data_in = header_keep;
        payload_bytes$data_in = payload_keep;
        generated[(64'h0)+:(64)] = (header_le & header_bytes$data_out) | (payload_word & payload_bytes$data_out);
        generated[(64'h40)+:(8)] = ones;
        generated[(64'h48)+:(1)] = beat$q == active_layout$q[(64'h59)+:(10)];
        if (beat$q == active_layout$q[(64'h59)+:(10)]) begin
            generated[(64'h40)+:(8)] = active_layout$q[(64'h63)+:(8)];
        end
        generated[(64'h49)+:(1)] = beat$q == active_layout$q[(64'h75)+:(10)];
        generated[(64'h4a)+:(1)] = active_layout$q[(64'h82)+:(1)] & (beat$q == (active_layout$q[(64'h75)+:(10)] + one_beat));
        generated[(64'h4b)+:(1)] = generated[(64'h4a)+:(1)] | (generated[(64'h49)+:(1)] & ~active_layout$q[(64'h82)+:(1)]);
        generated[(64'h4c)+:(3)] = active_layout$q[(64'h7f)+:(3)];
        stomp_now = stomp$q;
        if (takes_input) begin
            if (payload_slice$out_data[(64'h40)+:(1)] & (inputs_left$q != one_beat)) begin
                stomp_now = 1'b1;
            end
            if (~payload_slice$out_data[(64'h40)+:(1)] & (inputs_left$q == one_beat)) begin
                stomp_now = 1'b1;
            end
        end
        generated[(64'h4f)+:(1)] = stomp_now;
        next_beat = beat$q + one_beat;
        inputs_left_next = inputs_left$q;
        if (needs_input) begin
            inputs_left_next = inputs_left$q - one_beat;
        end
        past_header_next = past_header$q | (next_beat == active_layout$q[(64'h32)+:(10)]);
        long_found$d = 1'b0;
        refused_found$d = 1'b0;
        if (make_beat) begin
            beat$d = next_beat;
            phase$d = (phase$q << 32'h1) | (phase$q & beyond_phase);
            inputs_left$d = inputs_left_next;
            past_header$d = past_header_next;
            needs_input_q$d = past_header_next & (inputs_left_next != no_beats);
            last_beat_now$d = next_beat == active_layout$q[(64'h59)+:(10)];
            past_payload_end$d = past_payload_end$q | (beat$q == active_layout$q[(64'h47)+:(10)]);
            past_crc_end$d = past_crc_end$q | (beat$q == active_layout$q[(64'h6b)+:(10)]);
            if (needs_input) begin
                previous$d = input_word;
            end
            stomp$d = stomp_now;
            if (takes_input) begin
                if (payload_slice$out_data[(64'h40)+:(1)] & (inputs_left$q != one_beat)) begin
                    payload_short$d = 1'b1;
                end
                if (~payload_slice$out_data[(64'h40)+:(1)] & (inputs_left$q == one_beat)) begin
                    long_found$d = 1'b1;
                end
            end
            if (ends_frame) begin
                busy$d = 1'b0;
                frames$d = frames$q + count_one;
                if (stomp_now) begin
                    payload_mismatches$d = payload_mismatches$q + count_one;
                end
            end
        end
        discards_next = discards$q;
        if (long_found$q) begin
            discards_next = discards_next + one_discard;
        end
        if (refused_found$q) begin
            discards_next = discards_next + one_discard;
        end
        if (discarding & payload_slice$out_valid & payload_slice$out_data[(64'h40)+:(1)]) begin
            discards_next = discards_next - one_discard;
        end
        start = planner$ready & (~busy$q | ends_frame) & (discards$q < full_discards);
        planner$take = start;
        if (start) begin
            active$d = planner$pending;
            active_entry$d = planner$entry;
            active_layout$d = planner$layout;
            if (planner$refused) begin
                bad_descriptors$d = bad_descriptors$q + count_one;
                refused_found$d = next_length != no_payload;
            end
            else begin
                busy$d = 1'b1;
                beat$d = no_beats;
                phase$d = first_phase;
                inputs_left$d = planner$layout[(64'h3d)+:(10)];
                past_header$d = 1'b0;
                needs_input_q$d = 1'b0;
                last_beat_now$d = 1'b0;
                past_payload_end$d = 1'b0;
                past_crc_end$d = 1'b0;
                payload_short$d = 1'b0;
                stomp$d = 1'b0;
            end
        end
        discards$d = discards_next;
        inserter$beat = generated;
        inserter$beat_valid = make_beat;
        inserter$crc_beat_1 = phase$q[32'h1];
        inserter$crc_beat_2 = phase$q[32'h2];
        inserter$crc_beat_3 = phase$q[32'h3];
        inserter$crc_beat_5 = phase$q[32'h5];
        inserter$crc_covered = ~phase$q[32'h0] & ~phase$q[32'h1] & ~past_crc_end$q;
        inserter$crc_last = beat$q == active_layout$q[(64'h6b)+:(10)];
        payload_slice$in_data[(64'h0)+:(64)] = s_axis_payload_tdata;
        payload_slice$in_data[(64'h40)+:(1)] = s_axis_payload_tlast;
        payload_slice$in_valid = s_axis_payload_tvalid;
        s_axis_payload_tready = payload_slice$in_ready;
        stat_frames = frames$q;
        stat_bad_descriptors = bad_descriptors$q;
        stat_payload_mismatches = payload_mismatches$q;
        if (reset) begin
            busy$d = 1'b0;
            discards$d = no_shift;
            long_found$d = 1'b0;
            refused_found$d = 1'b0;
            frames$d = no_count;
            bad_descriptors$d = no_count;
            payload_mismatches$d = no_count;
        end
    end
    
endmodule // tx_builder


module tx_builder$active(d,q,clock);
    
    // Module arguments
    input wire  [553:0] d;
    output reg  [553:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 554'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // tx_builder$active


module tx_builder$active_entry(d,q,clock);
    
    // Module arguments
    input wire  [22:0] d;
    output reg  [22:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 23'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // tx_builder$active_entry


module tx_builder$active_layout(d,q,clock);
    
    // Module arguments
    input wire  [130:0] d;
    output reg  [130:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 131'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // tx_builder$active_layout


module tx_builder$bad_descriptors(d,q,clock);
    
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
          
endmodule // tx_builder$bad_descriptors


module tx_builder$beat(d,q,clock);
    
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
          
endmodule // tx_builder$beat


module tx_builder$busy(d,q,clock);
    
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
          
endmodule // tx_builder$busy


module tx_builder$discards(d,q,clock);
    
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
          
endmodule // tx_builder$discards


module tx_builder$frames(d,q,clock);
    
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
          
endmodule // tx_builder$frames


module tx_builder$header(descriptor,reth,aeth,deth,ieth,immdt,pad,ip_length,udp_length,checksum,phase,word);
    
    // Module arguments
    input wire  [553:0] descriptor;
    input wire  reth;
    input wire  aeth;
    input wire  deth;
    input wire  ieth;
    input wire  immdt;
    input wire  [1:0] pad;
    input wire  [15:0] ip_length;
    input wire  [15:0] udp_length;
    input wire  [15:0] checksum;
    input wire  [9:0] phase;
    output reg  [63:0] word;
    
    // Constant declarations
    localparam  zero_word = 64'h0;
    localparam  no_ext = 160'h0;
    localparam  no_flags = 8'h0;
    localparam  top_bit = 8'h80;
    localparam  second_bit = 8'h40;
    localparam  beat1_fixed = 64'h8004500;
    localparam  beat2_fixed = 64'h40004011;
    localparam  beat4_fixed = 64'h12b70000;
    
    // Stub signals
    reg  [63:0] byte_swap$data_in;
    wire  [63:0] byte_swap$data_out;
    
    // Local signals
    reg  [47:0] src_mac;
    reg  [31:0] dst_ip;
    reg  [23:0] dest_qp;
    reg  [159:0] ext;
    reg  [7:0] bth_flags;
    reg  [7:0] bth_congestion;
    reg  [7:0] bth_ack;
    reg  [63:0] header_be;
    
    // Sub module instances
    tx_builder$header$byte_swap byte_swap(
        .data_in(byte_swap$data_in),
        .data_out(byte_swap$data_out)
    );
    
    // Update code
    always @(*) begin
        src_mac = descriptor[(64'h30)+:(48)];
        dst_ip = descriptor[(64'h80)+:(32)];
        dest_qp = descriptor[(64'hd4)+:(24)];
        ext = no_ext;
        if (reth) begin
            ext = (((descriptor[(64'h105)+:(64)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h60) | (((descriptor[(64'h145)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h40) | (((descriptor[(64'h165)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h20);
            if (immdt) begin
                ext = (((descriptor[(64'h105)+:(64)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h60) | (((descriptor[(64'h145)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h40) | (((descriptor[(64'h165)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h20) | ((descriptor[(64'h1a5)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff);
            end
        end
        else if (deth) begin
            ext = (((descriptor[(64'h1e5)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h80) | (((descriptor[(64'h205)+:(24)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h60);
            if (immdt) begin
                ext = (((descriptor[(64'h1e5)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h80) | (((descriptor[(64'h205)+:(24)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h60) | (((descriptor[(64'h1a5)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h40);
            end
        end
        else if (aeth) begin
            ext = (((descriptor[(64'h185)+:(8)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h98) | (((descriptor[(64'h18d)+:(24)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h80);
        end
        else if (ieth) begin
            ext = ((descriptor[(64'h1c5)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h80;
        end
        else if (immdt) begin
            ext = ((descriptor[(64'h1a5)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h80;
        end
        bth_flags = ((pad) & 8'hff) << 32'h4;
        if (descriptor[(64'hc0)+:(1)]) begin
            bth_flags = bth_flags | top_bit;
        end
        if (descriptor[(64'hc1)+:(1)]) begin
            bth_flags = bth_flags | second_bit;
        end
        bth_congestion = no_flags;
        if (descriptor[(64'hd2)+:(1)]) begin
            bth_congestion = top_bit;
        end
        if (descriptor[(64'hd3)+:(1)]) begin
            bth_congestion = bth_congestion | second_bit;
        end
        bth_ack = no_flags;
        if (descriptor[(64'hec)+:(1)]) begin
            bth_ack = top_bit;
        end
        header_be = zero_word;
        if (phase[32'h0]) begin
            header_be = (((descriptor[(64'h0)+:(48)]) & 64'hffffffffffffffff) << 32'h10) | ((src_mac[(32'h20)+:(16)]) & 64'hffffffffffffffff);
        end
        if (phase[32'h1]) begin
            header_be = (((src_mac[(32'h0)+:(32)]) & 64'hffffffffffffffff) << 32'h20) | beat1_fixed | (((descriptor[(64'ha0)+:(6)]) & 64'hffffffffffffffff) << 32'h2) | ((descriptor[(64'ha6)+:(2)]) & 64'hffffffffffffffff);
        end
        if (phase[32'h2]) begin
            header_be = (((ip_length) & 64'hffffffffffffffff) << 32'h30) | beat2_fixed;
        end
        if (phase[32'h3]) begin
            header_be = (((checksum) & 64'hffffffffffffffff) << 32'h30) | (((descriptor[(64'h60)+:(32)]) & 64'hffffffffffffffff) << 32'h10) | ((dst_ip[(32'h10)+:(16)]) & 64'hffffffffffffffff);
        end
        if (phase[32'h4]) begin
            header_be = (((dst_ip[(32'h0)+:(16)]) & 64'hffffffffffffffff) << 32'h30) | (((descriptor[(64'ha8)+:(16)]) & 64'hffffffffffffffff) << 32'h20) | beat4_fixed | ((udp_length) & 64'hffffffffffffffff);
        end
        if (phase[32'h5]) begin
            header_be = (((descriptor[(64'hb8)+:(8)]) & 64'hffffffffffffffff) << 32'h28) | (((bth_flags) & 64'hffffffffffffffff) << 32'h20) | (((descriptor[(64'hc2)+:(16)]) & 64'hffffffffffffffff) << 32'h10) | (((bth_congestion) & 64'hffffffffffffffff) << 32'h8) | ((dest_qp[(32'h10)+:(8)]) & 64'hffffffffffffffff);
        end
        if (phase[32'h6]) begin
            header_be = (((dest_qp[(32'h0)+:(16)]) & 64'hffffffffffffffff) << 32'h30) | (((bth_ack) & 64'hffffffffffffffff) << 32'h28) | (((descriptor[(64'hed)+:(24)]) & 64'hffffffffffffffff) << 32'h10) | ((ext[(32'h90)+:(16)]) & 64'hffffffffffffffff);
        end
        if (phase[32'h7]) begin
            header_be = ext[(32'h50)+:(64)];
        end
        if (phase[32'h8]) begin
            header_be = ext[(32'h10)+:(64)];
        end
        if (phase[32'h9]) begin
            header_be = ((ext[(32'h0)+:(16)]) & 64'hffffffffffffffff) << 32'h30;
        end
        byte_swap$data_in = header_be;
        word = byte_swap$data_out;
    end
    
endmodule // tx_builder$header


module tx_builder$header$byte_swap(data_in,data_out);
    
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
endmodule // tx_builder$header$byte_swap


module tx_builder$header_bytes(data_in,data_out);
    
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
endmodule // tx_builder$header_bytes


module tx_builder$inputs_left(d,q,clock);
    
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
          
endmodule // tx_builder$inputs_left


module tx_builder$inserter(clock,reset,beat,beat_valid,crc_beat_1,crc_beat_2,crc_beat_3,crc_beat_5,crc_covered,crc_last,advance,m_axis_tdata,m_axis_tkeep,m_axis_tlast,m_axis_tvalid,m_axis_tready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [79:0] beat;
    input wire  beat_valid;
    input wire  crc_beat_1;
    input wire  crc_beat_2;
    input wire  crc_beat_3;
    input wire  crc_beat_5;
    input wire  crc_covered;
    input wire  crc_last;
    output reg  advance;
    output reg  [63:0] m_axis_tdata;
    output reg  [7:0] m_axis_tkeep;
    output reg  m_axis_tlast;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    
    // Constant declarations
    localparam  zero_word = 64'h0;
    localparam  word_bits = 7'b1000000;
    
    // Stub signals
    reg  icrc$clock;
    reg  icrc$reset;
    reg  [63:0] icrc$beat;
    reg  icrc$beat_valid;
    reg  icrc$beat_1;
    reg  icrc$beat_2;
    reg  icrc$beat_3;
    reg  icrc$beat_5;
    reg  icrc$covered;
    reg  icrc$last;
    reg  [2:0] icrc$shift;
    wire  icrc$result_valid;
    wire  icrc$result_ok;
    wire  [31:0] icrc$result_crc;
    reg  [79:0] line$0$d;
    wire  [79:0] line$0$q;
    reg  line$0$clock;
    reg  [79:0] line$1$d;
    wire  [79:0] line$1$q;
    reg  line$1$clock;
    reg  [79:0] line$2$d;
    wire  [79:0] line$2$q;
    reg  line$2$clock;
    reg  [79:0] line$3$d;
    wire  [79:0] line$3$q;
    reg  line$3$clock;
    reg  [79:0] line$4$d;
    wire  [79:0] line$4$q;
    reg  line$4$clock;
    reg  [79:0] line$5$d;
    wire  [79:0] line$5$q;
    reg  line$5$clock;
    reg  line_valid$0$d;
    wire  line_valid$0$q;
    reg  line_valid$0$clock;
    reg  line_valid$1$d;
    wire  line_valid$1$q;
    reg  line_valid$1$clock;
    reg  line_valid$2$d;
    wire  line_valid$2$q;
    reg  line_valid$2$clock;
    reg  line_valid$3$d;
    wire  line_valid$3$q;
    reg  line_valid$3$clock;
    reg  line_valid$4$d;
    wire  line_valid$4$q;
    reg  line_valid$4$clock;
    reg  line_valid$5$d;
    wire  line_valid$5$q;
    reg  line_valid$5$clock;
    reg  [31:0] icrc_value$d;
    wire  [31:0] icrc_value$q;
    reg  icrc_value$clock;
    reg  icrc_ready$d;
    wire  icrc_ready$q;
    reg  icrc_ready$clock;
    reg  [63:0] out_data$d;
    wire  [63:0] out_data$q;
    reg  out_data$clock;
    reg  [7:0] out_keep$d;
    wire  [7:0] out_keep$q;
    reg  out_keep$clock;
    reg  out_last$d;
    wire  out_last$q;
    reg  out_last$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    
    // Local signals
    reg  [79:0] head;
    reg  head_valid;
    reg  [31:0] icrc_sent;
    reg  [63:0] icrc_word;
    reg  [6:0] icrc_shift_bits;
    
    // Sub module instances
    tx_builder$inserter$icrc icrc(
        .clock(icrc$clock),
        .reset(icrc$reset),
        .beat(icrc$beat),
        .beat_valid(icrc$beat_valid),
        .beat_1(icrc$beat_1),
        .beat_2(icrc$beat_2),
        .beat_3(icrc$beat_3),
        .beat_5(icrc$beat_5),
        .covered(icrc$covered),
        .last(icrc$last),
        .shift(icrc$shift),
        .result_valid(icrc$result_valid),
        .result_ok(icrc$result_ok),
        .result_crc(icrc$result_crc)
    );
    tx_builder$inserter$line$0 line$0(
        .d(line$0$d),
        .q(line$0$q),
        .clock(line$0$clock)
    );
    tx_builder$inserter$line$1 line$1(
        .d(line$1$d),
        .q(line$1$q),
        .clock(line$1$clock)
    );
    tx_builder$inserter$line$2 line$2(
        .d(line$2$d),
        .q(line$2$q),
        .clock(line$2$clock)
    );
    tx_builder$inserter$line$3 line$3(
        .d(line$3$d),
        .q(line$3$q),
        .clock(line$3$clock)
    );
    tx_builder$inserter$line$4 line$4(
        .d(line$4$d),
        .q(line$4$q),
        .clock(line$4$clock)
    );
    tx_builder$inserter$line$5 line$5(
        .d(line$5$d),
        .q(line$5$q),
        .clock(line$5$clock)
    );
    tx_builder$inserter$line_valid$0 line_valid$0(
        .d(line_valid$0$d),
        .q(line_valid$0$q),
        .clock(line_valid$0$clock)
    );
    tx_builder$inserter$line_valid$1 line_valid$1(
        .d(line_valid$1$d),
        .q(line_valid$1$q),
        .clock(line_valid$1$clock)
    );
    tx_builder$inserter$line_valid$2 line_valid$2(
        .d(line_valid$2$d),
        .q(line_valid$2$q),
        .clock(line_valid$2$clock)
    );
    tx_builder$inserter$line_valid$3 line_valid$3(
        .d(line_valid$3$d),
        .q(line_valid$3$q),
        .clock(line_valid$3$clock)
    );
    tx_builder$inserter$line_valid$4 line_valid$4(
        .d(line_valid$4$d),
        .q(line_valid$4$q),
        .clock(line_valid$4$clock)
    );
    tx_builder$inserter$line_valid$5 line_valid$5(
        .d(line_valid$5$d),
        .q(line_valid$5$q),
        .clock(line_valid$5$clock)
    );
    tx_builder$inserter$icrc_value icrc_value(
        .d(icrc_value$d),
        .q(icrc_value$q),
        .clock(icrc_value$clock)
    );
    tx_builder$inserter$icrc_ready icrc_ready(
        .d(icrc_ready$d),
        .q(icrc_ready$q),
        .clock(icrc_ready$clock)
    );
    tx_builder$inserter$out_data out_data(
        .d(out_data$d),
        .q(out_data$q),
        .clock(out_data$clock)
    );
    tx_builder$inserter$out_keep out_keep(
        .d(out_keep$d),
        .q(out_keep$q),
        .clock(out_keep$clock)
    );
    tx_builder$inserter$out_last out_last(
        .d(out_last$d),
        .q(out_last$q),
        .clock(out_last$clock)
    );
    tx_builder$inserter$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    
    // Update code
    always @(*) begin
        icrc_value$clock = clock;
        icrc_ready$clock = clock;
        out_data$clock = clock;
        out_keep$clock = clock;
        out_last$clock = clock;
        out_valid$clock = clock;
        icrc_value$d = icrc_value$q;
        icrc_ready$d = icrc_ready$q;
        out_data$d = out_data$q;
        out_keep$d = out_keep$q;
        out_last$d = out_last$q;
        out_valid$d = out_valid$q;
        line$0$clock = clock;
        line_valid$0$clock = clock;
        line$0$d = line$0$q;
        line_valid$0$d = line_valid$0$q;
        line$1$clock = clock;
        line_valid$1$clock = clock;
        line$1$d = line$1$q;
        line_valid$1$d = line_valid$1$q;
        line$2$clock = clock;
        line_valid$2$clock = clock;
        line$2$d = line$2$q;
        line_valid$2$d = line_valid$2$q;
        line$3$clock = clock;
        line_valid$3$clock = clock;
        line$3$d = line$3$q;
        line_valid$3$d = line_valid$3$q;
        line$4$clock = clock;
        line_valid$4$clock = clock;
        line$4$d = line$4$q;
        line_valid$4$d = line_valid$4$q;
        line$5$clock = clock;
        line_valid$5$clock = clock;
        line$5$d = line$5$q;
        line_valid$5$d = line_valid$5$q;
        icrc$clock = clock;
        icrc$reset = reset;
        advance = (~out_valid$q | m_axis_tready) & ~(line_valid$5$q & (line$5$q[(64'h49)+:(1)] | line$5$q[(64'h4a)+:(1)]) & ~icrc_ready$q);
        icrc$beat = beat[(64'h0)+:(64)];
        icrc$beat_valid = beat_valid;
        icrc$beat_1 = crc_beat_1;
        icrc$beat_2 = crc_beat_2;
        icrc$beat_3 = crc_beat_3;
        icrc$beat_5 = crc_beat_5;
        icrc$covered = crc_covered;
        icrc$last = crc_last;
        icrc$shift = beat[(64'h4c)+:(3)];
        if (icrc$result_valid) begin
            icrc_value$d = icrc$result_crc;
            icrc_ready$d = 1'b1;
        end
        if (advance) begin
            line$0$d = beat;
            line_valid$0$d = beat_valid;
            line$1$d = line$0$q;
            line_valid$1$d = line_valid$0$q;
            line$2$d = line$1$q;
            line_valid$2$d = line_valid$1$q;
            line$3$d = line$2$q;
            line_valid$3$d = line_valid$2$q;
            line$4$d = line$3$q;
            line_valid$4$d = line_valid$3$q;
            line$5$d = line$4$q;
            line_valid$5$d = line_valid$4$q;
        end
        head = line$5$q;
        head_valid = line_valid$5$q;
        icrc_sent = icrc_value$q;
        if (head[(64'h4f)+:(1)]) begin
            icrc_sent = ~icrc_value$q;
        end
        icrc_shift_bits = ((head[(64'h4c)+:(3)]) & 7'h7f) << 32'h3;
        icrc_word = zero_word;
        if (head[(64'h49)+:(1)]) begin
            icrc_word = ((icrc_sent) & 64'hffffffffffffffff) << icrc_shift_bits;
        end
        if (head[(64'h4a)+:(1)]) begin
            icrc_word = ((icrc_sent) & 64'hffffffffffffffff) >> (word_bits - icrc_shift_bits);
        end
        if (advance) begin
            out_valid$d = head_valid;
            out_data$d = head[(64'h0)+:(64)] | icrc_word;
            out_keep$d = head[(64'h40)+:(8)];
            out_last$d = head[(64'h48)+:(1)];
            if (head_valid & head[(64'h4b)+:(1)]) begin
                icrc_ready$d = 1'b0;
            end
        end
        m_axis_tdata = out_data$q;
        m_axis_tkeep = out_keep$q;
        m_axis_tlast = out_last$q;
        m_axis_tvalid = out_valid$q;
        if (reset) begin
            icrc_ready$d = 1'b0;
            out_valid$d = 1'b0;
            line_valid$0$d = 1'b0;
            line_valid$1$d = 1'b0;
            line_valid$2$d = 1'b0;
            line_valid$3$d = 1'b0;
            line_valid$4$d = 1'b0;
            line_valid$5$d = 1'b0;
        end
    end
    
endmodule // tx_builder$inserter


module tx_builder$inserter$icrc(clock,reset,beat,beat_valid,beat_1,beat_2,beat_3,beat_5,covered,last,shift,result_valid,result_ok,result_crc);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] beat;
    input wire  beat_valid;
    input wire  beat_1;
    input wire  beat_2;
    input wire  beat_3;
    input wire  beat_5;
    input wire  covered;
    input wire  last;
    input wire  [2:0] shift;
    output reg  result_valid;
    output reg  result_ok;
    output reg  [31:0] result_crc;
    
    // Constant declarations
    localparam  mask_beat2 = 64'hff000000000000;
    localparam  mask_beat3 = 64'hffff;
    localparam  mask_beat5 = 64'hff00000000ffff;
    localparam  beat1_image = 64'hff45ffffffffffff;
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
    reg  [2:0] cut_shift$d;
    wire  [2:0] cut_shift$q;
    reg  cut_shift$clock;
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
    reg  [63:0] image;
    reg  [6:0] shift_bits;
    
    // Sub module instances
    tx_builder$inserter$icrc$icrc icrc(
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
    tx_builder$inserter$icrc$inits inits(
        .address(inits$address),
        .data(inits$data)
    );
    tx_builder$inserter$icrc$cut_shift cut_shift(
        .d(cut_shift$d),
        .q(cut_shift$q),
        .clock(cut_shift$clock)
    );
    tx_builder$inserter$icrc$previous previous(
        .d(previous$d),
        .q(previous$q),
        .clock(previous$clock)
    );
    tx_builder$inserter$icrc$current current(
        .d(current$d),
        .q(current$q),
        .clock(current$clock)
    );
    tx_builder$inserter$icrc$word_valid word_valid(
        .d(word_valid$d),
        .q(word_valid$q),
        .clock(word_valid$clock)
    );
    tx_builder$inserter$icrc$word_first word_first(
        .d(word_first$d),
        .q(word_first$q),
        .clock(word_first$clock)
    );
    tx_builder$inserter$icrc$word_last word_last(
        .d(word_last$d),
        .q(word_last$q),
        .clock(word_last$clock)
    );
    
    // Update code
    always @(*) begin
        cut_shift$clock = clock;
        previous$clock = clock;
        current$clock = clock;
        word_valid$clock = clock;
        word_first$clock = clock;
        word_last$clock = clock;
        cut_shift$d = cut_shift$q;
        previous$d = previous$q;
        current$d = current$q;
        word_valid$d = word_valid$q;
        word_first$d = word_first$q;
        word_last$d = word_last$q;
        icrc$clock = clock;
        icrc$reset = reset;
        image = beat;
        if (beat_1) begin
            image = beat1_image;
        end
        if (beat_2) begin
            image = beat | mask_beat2;
        end
        if (beat_3) begin
            image = beat | mask_beat3;
        end
        if (beat_5) begin
            image = beat | mask_beat5;
        end
        word_valid$d = 1'b0;
        if (beat_valid) begin
            previous$d = current$q;
            current$d = image;
            if (beat_2) begin
                cut_shift$d = shift;
            end
            word_valid$d = covered;
            word_first$d = beat_2;
            word_last$d = last;
        end
        shift_bits = ((cut_shift$q) & 7'h7f) << 32'h3;
        icrc$word = current$q;
        if (cut_shift$q != no_shift) begin
            icrc$word = (previous$q >> shift_bits) | (current$q << (word_bits - shift_bits));
        end
        icrc$word_valid = word_valid$q;
        icrc$word_first = word_first$q;
        icrc$word_last = word_last$q;
        inits$address = cut_shift$q;
        icrc$init = inits$data;
        result_valid = icrc$result_valid;
        result_ok = icrc$result_ok;
        result_crc = icrc$result_crc;
        if (reset) begin
            word_valid$d = 1'b0;
        end
    end
    
endmodule // tx_builder$inserter$icrc


module tx_builder$inserter$icrc$current(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$current


module tx_builder$inserter$icrc$cut_shift(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$cut_shift


module tx_builder$inserter$icrc$icrc(clock,reset,word,word_valid,word_first,word_last,init,result_valid,result_ok,result_crc);
    
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
    tx_builder$inserter$icrc$icrc$word_term word_term(
        .data_in(word_term$data_in),
        .data_out(word_term$data_out)
    );
    tx_builder$inserter$icrc$icrc$register_term register_term(
        .data_in(register_term$data_in),
        .data_out(register_term$data_out)
    );
    tx_builder$inserter$icrc$icrc$word_q word_q(
        .d(word_q$d),
        .q(word_q$q),
        .clock(word_q$clock)
    );
    tx_builder$inserter$icrc$icrc$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    tx_builder$inserter$icrc$icrc$first_q first_q(
        .d(first_q$d),
        .q(first_q$q),
        .clock(first_q$clock)
    );
    tx_builder$inserter$icrc$icrc$last_q last_q(
        .d(last_q$d),
        .q(last_q$q),
        .clock(last_q$clock)
    );
    tx_builder$inserter$icrc$icrc$init_q init_q(
        .d(init_q$d),
        .q(init_q$q),
        .clock(init_q$clock)
    );
    tx_builder$inserter$icrc$icrc$term_q term_q(
        .d(term_q$d),
        .q(term_q$q),
        .clock(term_q$clock)
    );
    tx_builder$inserter$icrc$icrc$term_valid_q term_valid_q(
        .d(term_valid_q$d),
        .q(term_valid_q$q),
        .clock(term_valid_q$clock)
    );
    tx_builder$inserter$icrc$icrc$term_last_q term_last_q(
        .d(term_last_q$d),
        .q(term_last_q$q),
        .clock(term_last_q$clock)
    );
    tx_builder$inserter$icrc$icrc$register register(
        .d(register$d),
        .q(register$q),
        .clock(register$clock)
    );
    tx_builder$inserter$icrc$icrc$check_q check_q(
        .d(check_q$d),
        .q(check_q$q),
        .clock(check_q$clock)
    );
    tx_builder$inserter$icrc$icrc$result_valid_q result_valid_q(
        .d(result_valid_q$d),
        .q(result_valid_q$q),
        .clock(result_valid_q$clock)
    );
    tx_builder$inserter$icrc$icrc$result_ok_q result_ok_q(
        .d(result_ok_q$d),
        .q(result_ok_q$q),
        .clock(result_ok_q$clock)
    );
    tx_builder$inserter$icrc$icrc$result_crc_q result_crc_q(
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
    
endmodule // tx_builder$inserter$icrc$icrc


module tx_builder$inserter$icrc$icrc$check_q(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$icrc$check_q


module tx_builder$inserter$icrc$icrc$first_q(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$icrc$first_q


module tx_builder$inserter$icrc$icrc$init_q(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$icrc$init_q


module tx_builder$inserter$icrc$icrc$last_q(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$icrc$last_q


module tx_builder$inserter$icrc$icrc$register(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$icrc$register


module tx_builder$inserter$icrc$icrc$register_term(data_in,data_out);
    
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
endmodule // tx_builder$inserter$icrc$icrc$register_term


module tx_builder$inserter$icrc$icrc$result_crc_q(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$icrc$result_crc_q


module tx_builder$inserter$icrc$icrc$result_ok_q(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$icrc$result_ok_q


module tx_builder$inserter$icrc$icrc$result_valid_q(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$icrc$result_valid_q


module tx_builder$inserter$icrc$icrc$term_last_q(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$icrc$term_last_q


module tx_builder$inserter$icrc$icrc$term_q(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$icrc$term_q


module tx_builder$inserter$icrc$icrc$term_valid_q(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$icrc$term_valid_q


module tx_builder$inserter$icrc$icrc$valid_q(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$icrc$valid_q


module tx_builder$inserter$icrc$icrc$word_q(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$icrc$word_q


module tx_builder$inserter$icrc$icrc$word_term(data_in,data_out);
    
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
endmodule // tx_builder$inserter$icrc$icrc$word_term


module tx_builder$inserter$icrc$inits(address,data);
    
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
            
endmodule // tx_builder$inserter$icrc$inits


module tx_builder$inserter$icrc$previous(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$previous


module tx_builder$inserter$icrc$word_first(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$word_first


module tx_builder$inserter$icrc$word_last(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$word_last


module tx_builder$inserter$icrc$word_valid(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc$word_valid


module tx_builder$inserter$icrc_ready(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc_ready


module tx_builder$inserter$icrc_value(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$icrc_value


module tx_builder$inserter$line$0(d,q,clock);
    
    // Module arguments
    input wire  [79:0] d;
    output reg  [79:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 80'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // tx_builder$inserter$line$0


module tx_builder$inserter$line$1(d,q,clock);
    
    // Module arguments
    input wire  [79:0] d;
    output reg  [79:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 80'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // tx_builder$inserter$line$1


module tx_builder$inserter$line$2(d,q,clock);
    
    // Module arguments
    input wire  [79:0] d;
    output reg  [79:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 80'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // tx_builder$inserter$line$2


module tx_builder$inserter$line$3(d,q,clock);
    
    // Module arguments
    input wire  [79:0] d;
    output reg  [79:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 80'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // tx_builder$inserter$line$3


module tx_builder$inserter$line$4(d,q,clock);
    
    // Module arguments
    input wire  [79:0] d;
    output reg  [79:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 80'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // tx_builder$inserter$line$4


module tx_builder$inserter$line$5(d,q,clock);
    
    // Module arguments
    input wire  [79:0] d;
    output reg  [79:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 80'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // tx_builder$inserter$line$5


module tx_builder$inserter$line_valid$0(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$line_valid$0


module tx_builder$inserter$line_valid$1(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$line_valid$1


module tx_builder$inserter$line_valid$2(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$line_valid$2


module tx_builder$inserter$line_valid$3(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$line_valid$3


module tx_builder$inserter$line_valid$4(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$line_valid$4


module tx_builder$inserter$line_valid$5(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$line_valid$5


module tx_builder$inserter$out_data(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$out_data


module tx_builder$inserter$out_keep(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$out_keep


module tx_builder$inserter$out_last(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$out_last


module tx_builder$inserter$out_valid(d,q,clock);
    
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
          
endmodule // tx_builder$inserter$out_valid


module tx_builder$last_beat_now(d,q,clock);
    
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
          
endmodule // tx_builder$last_beat_now


module tx_builder$long_found(d,q,clock);
    
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
          
endmodule // tx_builder$long_found


module tx_builder$needs_input_q(d,q,clock);
    
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
          
endmodule // tx_builder$needs_input_q


module tx_builder$past_crc_end(d,q,clock);
    
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
          
endmodule // tx_builder$past_crc_end


module tx_builder$past_header(d,q,clock);
    
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
          
endmodule // tx_builder$past_header


module tx_builder$past_payload_end(d,q,clock);
    
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
          
endmodule // tx_builder$past_payload_end


module tx_builder$payload_bytes(data_in,data_out);
    
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
endmodule // tx_builder$payload_bytes


module tx_builder$payload_mismatches(d,q,clock);
    
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
          
endmodule // tx_builder$payload_mismatches


module tx_builder$payload_short(d,q,clock);
    
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
          
endmodule // tx_builder$payload_short


module tx_builder$payload_slice(clock,reset,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [64:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [64:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [64:0] main_data$d;
    wire  [64:0] main_data$q;
    reg  main_data$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [64:0] skid_data$d;
    wire  [64:0] skid_data$q;
    reg  skid_data$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    
    // Sub module instances
    tx_builder$payload_slice$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    tx_builder$payload_slice$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    tx_builder$payload_slice$skid_data skid_data(
        .d(skid_data$d),
        .q(skid_data$q),
        .clock(skid_data$clock)
    );
    tx_builder$payload_slice$skid_valid skid_valid(
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
    
endmodule // tx_builder$payload_slice


module tx_builder$payload_slice$main_data(d,q,clock);
    
    // Module arguments
    input wire  [64:0] d;
    output reg  [64:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 65'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // tx_builder$payload_slice$main_data


module tx_builder$payload_slice$main_valid(d,q,clock);
    
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
          
endmodule // tx_builder$payload_slice$main_valid


module tx_builder$payload_slice$skid_data(d,q,clock);
    
    // Module arguments
    input wire  [64:0] d;
    output reg  [64:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 65'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // tx_builder$payload_slice$skid_data


module tx_builder$payload_slice$skid_valid(d,q,clock);
    
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
          
endmodule // tx_builder$payload_slice$skid_valid


module tx_builder$phase(d,q,clock);
    
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
          
endmodule // tx_builder$phase


module tx_builder$planner(clock,reset,descriptor,descriptor_valid,descriptor_ready,pending,entry,layout,refused,ready,take);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [553:0] descriptor;
    input wire  descriptor_valid;
    output reg  descriptor_ready;
    output reg  [553:0] pending;
    output reg  [22:0] entry;
    output reg  [130:0] layout;
    output reg  refused;
    output reg  ready;
    input wire  take;
    
    // Constant declarations
    localparam  no_age = 3'b0;
    localparam  one_age = 3'b1;
    localparam  complete_age = 3'b100;
    localparam  no_pad = 2'b0;
    localparam  max_payload = 13'b1000000000000;
    localparam  no_payload = 13'b0;
    localparam  rule_empty = 2'b0;
    localparam  seven_bytes = 13'b111;
    localparam  min_frame = 16'h3c;
    localparam  eth_header = 16'he;
    localparam  ipv4_header = 16'h14;
    localparam  icrc_bytes = 16'h4;
    localparam  one_byte = 16'h1;
    localparam  ipv4_constant_words = 20'hc511;
    localparam  last_whole_icrc_lane = 3'b100;
    
    // Stub signals
    reg  [7:0] opcodes$address;
    wire  [22:0] opcodes$data;
    reg  [3:0] thermometer$address;
    wire  [7:0] thermometer$data;
    reg  [3:0] last_thermometer$address;
    wire  [7:0] last_thermometer$data;
    reg  [553:0] held$d;
    wire  [553:0] held$q;
    reg  held$clock;
    reg  [22:0] held_entry$d;
    wire  [22:0] held_entry$q;
    reg  held_entry$clock;
    reg  held_valid$d;
    wire  held_valid$q;
    reg  held_valid$clock;
    reg  [2:0] age$d;
    wire  [2:0] age$q;
    reg  age$clock;
    reg  [1:0] s1_pad$d;
    wire  [1:0] s1_pad$q;
    reg  s1_pad$clock;
    reg  [15:0] s1_ip_length$d;
    wire  [15:0] s1_ip_length$q;
    reg  s1_ip_length$clock;
    reg  [15:0] s1_payload_end$d;
    wire  [15:0] s1_payload_end$q;
    reg  s1_payload_end$clock;
    reg  [19:0] s1_address_sum$d;
    wire  [19:0] s1_address_sum$q;
    reg  s1_address_sum$clock;
    reg  [9:0] s1_input_beats$d;
    wire  [9:0] s1_input_beats$q;
    reg  s1_input_beats$clock;
    reg  s1_bad$d;
    wire  s1_bad$q;
    reg  s1_bad$clock;
    reg  [15:0] s2_frame_end$d;
    wire  [15:0] s2_frame_end$q;
    reg  s2_frame_end$clock;
    reg  [15:0] s2_covered_end$d;
    wire  [15:0] s2_covered_end$q;
    reg  s2_covered_end$clock;
    reg  [19:0] s2_sum$d;
    wire  [19:0] s2_sum$q;
    reg  s2_sum$clock;
    reg  [16:0] s3_fold$d;
    wire  [16:0] s3_fold$q;
    reg  s3_fold$clock;
    reg  [130:0] planned$d;
    wire  [130:0] planned$q;
    reg  planned$clock;
    
    // Local signals
    reg  [1:0] pad_negated;
    reg  [15:0] frame_end;
    reg  [15:0] frame_last_byte;
    reg  [15:0] folded;
    reg  [7:0] tos;
    reg  [12:0] length;
    reg  [31:0] src_ip;
    reg  [31:0] dst_ip;
    reg  [3:0] lane;
    
    // Sub module instances
    tx_builder$planner$opcodes opcodes(
        .address(opcodes$address),
        .data(opcodes$data)
    );
    tx_builder$planner$thermometer thermometer(
        .address(thermometer$address),
        .data(thermometer$data)
    );
    tx_builder$planner$last_thermometer last_thermometer(
        .address(last_thermometer$address),
        .data(last_thermometer$data)
    );
    tx_builder$planner$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    tx_builder$planner$held_entry held_entry(
        .d(held_entry$d),
        .q(held_entry$q),
        .clock(held_entry$clock)
    );
    tx_builder$planner$held_valid held_valid(
        .d(held_valid$d),
        .q(held_valid$q),
        .clock(held_valid$clock)
    );
    tx_builder$planner$age age(
        .d(age$d),
        .q(age$q),
        .clock(age$clock)
    );
    tx_builder$planner$s1_pad s1_pad(
        .d(s1_pad$d),
        .q(s1_pad$q),
        .clock(s1_pad$clock)
    );
    tx_builder$planner$s1_ip_length s1_ip_length(
        .d(s1_ip_length$d),
        .q(s1_ip_length$q),
        .clock(s1_ip_length$clock)
    );
    tx_builder$planner$s1_payload_end s1_payload_end(
        .d(s1_payload_end$d),
        .q(s1_payload_end$q),
        .clock(s1_payload_end$clock)
    );
    tx_builder$planner$s1_address_sum s1_address_sum(
        .d(s1_address_sum$d),
        .q(s1_address_sum$q),
        .clock(s1_address_sum$clock)
    );
    tx_builder$planner$s1_input_beats s1_input_beats(
        .d(s1_input_beats$d),
        .q(s1_input_beats$q),
        .clock(s1_input_beats$clock)
    );
    tx_builder$planner$s1_bad s1_bad(
        .d(s1_bad$d),
        .q(s1_bad$q),
        .clock(s1_bad$clock)
    );
    tx_builder$planner$s2_frame_end s2_frame_end(
        .d(s2_frame_end$d),
        .q(s2_frame_end$q),
        .clock(s2_frame_end$clock)
    );
    tx_builder$planner$s2_covered_end s2_covered_end(
        .d(s2_covered_end$d),
        .q(s2_covered_end$q),
        .clock(s2_covered_end$clock)
    );
    tx_builder$planner$s2_sum s2_sum(
        .d(s2_sum$d),
        .q(s2_sum$q),
        .clock(s2_sum$clock)
    );
    tx_builder$planner$s3_fold s3_fold(
        .d(s3_fold$d),
        .q(s3_fold$q),
        .clock(s3_fold$clock)
    );
    tx_builder$planner$planned planned(
        .d(planned$d),
        .q(planned$q),
        .clock(planned$clock)
    );
    
    // Update code
    always @(*) begin
        held$clock = clock;
        held_entry$clock = clock;
        held_valid$clock = clock;
        age$clock = clock;
        s1_pad$clock = clock;
        s1_ip_length$clock = clock;
        s1_payload_end$clock = clock;
        s1_address_sum$clock = clock;
        s1_input_beats$clock = clock;
        s1_bad$clock = clock;
        s2_frame_end$clock = clock;
        s2_covered_end$clock = clock;
        s2_sum$clock = clock;
        s3_fold$clock = clock;
        planned$clock = clock;
        held$d = held$q;
        held_entry$d = held_entry$q;
        held_valid$d = held_valid$q;
        age$d = age$q;
        s1_pad$d = s1_pad$q;
        s1_ip_length$d = s1_ip_length$q;
        s1_payload_end$d = s1_payload_end$q;
        s1_address_sum$d = s1_address_sum$q;
        s1_input_beats$d = s1_input_beats$q;
        s1_bad$d = s1_bad$q;
        s2_frame_end$d = s2_frame_end$q;
        s2_covered_end$d = s2_covered_end$q;
        s2_sum$d = s2_sum$q;
        s3_fold$d = s3_fold$q;
        planned$d = planned$q;
        descriptor_ready = ~held_valid$q;
        opcodes$address = descriptor[(64'hb8)+:(8)];
        if (descriptor_valid & ~held_valid$q) begin
            held$d = descriptor;
            held_entry$d = opcodes$data;
            held_valid$d = 1'b1;
            age$d = no_age;
        end
        else if (age$q != complete_age) begin
            age$d = age$q + one_age;
        end
        ready = held_valid$q & (age$q == complete_age);
        pending = held$q;
        entry = held_entry$q;
        layout = planned$q;
        refused = s1_bad$q;
        length = held$q[(64'h21d)+:(13)];
        src_ip = held$q[(64'h60)+:(32)];
        dst_ip = held$q[(64'h80)+:(32)];
        lane = held_entry$q[(64'h13)+:(4)];
        pad_negated = no_pad - length[(32'h0)+:(2)];
        s1_pad$d = pad_negated;
        s1_ip_length$d = ((held_entry$q[(64'h8)+:(7)]) & 16'hffff) + ((length) & 16'hffff) + ((pad_negated) & 16'hffff);
        s1_payload_end$d = ((((held_entry$q[(64'hf)+:(4)]) & 16'hffff) << 32'h3) | ((lane) & 16'hffff)) + ((length) & 16'hffff);
        s1_address_sum$d = (((src_ip[(32'h10)+:(16)]) & 20'hfffff) + ((src_ip[(32'h0)+:(16)]) & 20'hfffff)) + (((dst_ip[(32'h10)+:(16)]) & 20'hfffff) + ((dst_ip[(32'h0)+:(16)]) & 20'hfffff));
        s1_input_beats$d = (((length + seven_bytes) >> 32'h3) & 10'h3ff);
        s1_bad$d = ~held_entry$q[(64'h0)+:(1)] | (length > max_payload) | ((held_entry$q[(64'h1)+:(2)] == rule_empty) & (length != no_payload));
        frame_end = s1_ip_length$q + eth_header;
        if (frame_end < min_frame) begin
            frame_end = min_frame;
        end
        s2_frame_end$d = frame_end;
        s2_covered_end$d = s1_ip_length$q + eth_header - icrc_bytes;
        tos = (((held$q[(64'ha0)+:(6)]) & 8'hff) << 32'h2) | ((held$q[(64'ha6)+:(2)]) & 8'hff);
        s2_sum$d = s1_address_sum$q + ((s1_ip_length$q) & 20'hfffff) + (ipv4_constant_words + ((tos) & 20'hfffff));
        s3_fold$d = ((s2_sum$q[(32'h0)+:(16)]) & 17'h1ffff) + ((s2_sum$q[(32'h10)+:(4)]) & 17'h1ffff);
        frame_last_byte = s2_frame_end$q - one_byte;
        planned$d[(64'h0)+:(2)] = s1_pad$q;
        planned$d[(64'h2)+:(16)] = s1_ip_length$q;
        planned$d[(64'h12)+:(16)] = s1_ip_length$q - ipv4_header;
        planned$d[(64'h32)+:(10)] = ((held_entry$q[(64'hf)+:(4)]) & 10'h3ff);
        planned$d[(64'h3c)+:(1)] = ~lane[32'h2];
        planned$d[(64'h3d)+:(10)] = s1_input_beats$q;
        planned$d[(64'h47)+:(10)] = ((s1_payload_end$q[(32'h3)+:(13)]) & 10'h3ff);
        thermometer$address = ((s1_payload_end$q[(32'h0)+:(3)]) & 4'hf);
        planned$d[(64'h51)+:(8)] = thermometer$data;
        planned$d[(64'h59)+:(10)] = ((frame_last_byte[(32'h3)+:(13)]) & 10'h3ff);
        last_thermometer$address = ((frame_last_byte[(32'h0)+:(3)]) & 4'hf);
        planned$d[(64'h63)+:(8)] = last_thermometer$data;
        planned$d[(64'h6b)+:(10)] = (((s2_covered_end$q - one_byte) >> 32'h3) & 10'h3ff);
        planned$d[(64'h75)+:(10)] = ((s2_covered_end$q[(32'h3)+:(13)]) & 10'h3ff);
        planned$d[(64'h7f)+:(3)] = s2_covered_end$q[(32'h0)+:(3)];
        planned$d[(64'h82)+:(1)] = s2_covered_end$q[(32'h0)+:(3)] > last_whole_icrc_lane;
        folded = s3_fold$q[(32'h0)+:(16)] + ((s3_fold$q[(32'h10)+:(1)]) & 16'hffff);
        planned$d[(64'h22)+:(16)] = ~folded;
        if (take) begin
            held_valid$d = 1'b0;
        end
        if (reset) begin
            held_valid$d = 1'b0;
        end
    end
    
endmodule // tx_builder$planner


module tx_builder$planner$age(d,q,clock);
    
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
          
endmodule // tx_builder$planner$age


module tx_builder$planner$held(d,q,clock);
    
    // Module arguments
    input wire  [553:0] d;
    output reg  [553:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 554'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // tx_builder$planner$held


module tx_builder$planner$held_entry(d,q,clock);
    
    // Module arguments
    input wire  [22:0] d;
    output reg  [22:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 23'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // tx_builder$planner$held_entry


module tx_builder$planner$held_valid(d,q,clock);
    
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
          
endmodule // tx_builder$planner$held_valid


module tx_builder$planner$last_thermometer(address,data);
    
    // Module arguments
    input wire  [3:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        4'h0: data = 8'h1;
      4'h1: data = 8'h3;
      4'h2: data = 8'h7;
      4'h3: data = 8'hf;
      4'h4: data = 8'h1f;
      4'h5: data = 8'h3f;
      4'h6: data = 8'h7f;
      4'h7: data = 8'hff;
      4'h8: data = 8'hff;
      4'h9: data = 8'hff;
      4'ha: data = 8'hff;
      4'hb: data = 8'hff;
      4'hc: data = 8'hff;
      4'hd: data = 8'hff;
      4'he: data = 8'hff;
      4'hf: data = 8'hff;
      default: data = 8'h0;
    endcase
            
endmodule // tx_builder$planner$last_thermometer


module tx_builder$planner$opcodes(address,data);
    
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
            
endmodule // tx_builder$planner$opcodes


module tx_builder$planner$planned(d,q,clock);
    
    // Module arguments
    input wire  [130:0] d;
    output reg  [130:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 131'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // tx_builder$planner$planned


module tx_builder$planner$s1_address_sum(d,q,clock);
    
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
          
endmodule // tx_builder$planner$s1_address_sum


module tx_builder$planner$s1_bad(d,q,clock);
    
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
          
endmodule // tx_builder$planner$s1_bad


module tx_builder$planner$s1_input_beats(d,q,clock);
    
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
          
endmodule // tx_builder$planner$s1_input_beats


module tx_builder$planner$s1_ip_length(d,q,clock);
    
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
          
endmodule // tx_builder$planner$s1_ip_length


module tx_builder$planner$s1_pad(d,q,clock);
    
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
          
endmodule // tx_builder$planner$s1_pad


module tx_builder$planner$s1_payload_end(d,q,clock);
    
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
          
endmodule // tx_builder$planner$s1_payload_end


module tx_builder$planner$s2_covered_end(d,q,clock);
    
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
          
endmodule // tx_builder$planner$s2_covered_end


module tx_builder$planner$s2_frame_end(d,q,clock);
    
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
          
endmodule // tx_builder$planner$s2_frame_end


module tx_builder$planner$s2_sum(d,q,clock);
    
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
          
endmodule // tx_builder$planner$s2_sum


module tx_builder$planner$s3_fold(d,q,clock);
    
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
          
endmodule // tx_builder$planner$s3_fold


module tx_builder$planner$thermometer(address,data);
    
    // Module arguments
    input wire  [3:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        4'h0: data = 8'h0;
      4'h1: data = 8'h1;
      4'h2: data = 8'h3;
      4'h3: data = 8'h7;
      4'h4: data = 8'hf;
      4'h5: data = 8'h1f;
      4'h6: data = 8'h3f;
      4'h7: data = 8'h7f;
      4'h8: data = 8'hff;
      4'h9: data = 8'hff;
      4'ha: data = 8'hff;
      4'hb: data = 8'hff;
      4'hc: data = 8'hff;
      4'hd: data = 8'hff;
      4'he: data = 8'hff;
      4'hf: data = 8'hff;
      default: data = 8'h0;
    endcase
            
endmodule // tx_builder$planner$thermometer


module tx_builder$previous(d,q,clock);
    
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
          
endmodule // tx_builder$previous


module tx_builder$refused_found(d,q,clock);
    
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
          
endmodule // tx_builder$refused_found


module tx_builder$stomp(d,q,clock);
    
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
          
endmodule // tx_builder$stomp
