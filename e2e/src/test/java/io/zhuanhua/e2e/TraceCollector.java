package io.zhuanhua.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny OTLP/HTTP trace receiver for the suite: the services export their spans here (protobuf), and tests
 * read which service recorded which span in which trace. The OTLP messages are read by field number
 * (ExportTraceServiceRequest 1 resource_spans; ResourceSpans 1 resource, 2 scope_spans; Resource 1
 * attributes; KeyValue 1 key, 2 value; AnyValue 1 string_value; ScopeSpans 2 spans; Span 1 trace_id,
 * 5 name), so no OpenTelemetry proto classes are needed.
 */
final class TraceCollector implements AutoCloseable {
    /** One received span. */
    record ReceivedSpan(String service, String traceId, String name) {
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    private TraceCollector(HttpServer server) {
        this.server = server;
    }

    static TraceCollector start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TraceCollector collector = new TraceCollector(server);
            server.createContext("/", collector::receive);
            server.start();
            return collector;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the trace collector", e);
        }
    }

    /** What the services need to export their traces here, quickly. */
    Map<String, String> serviceProperties() {
        return Map.of("quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                "quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:" + server.getAddress().getPort(),
                "quarkus.otel.bsp.schedule.delay", "200ms");
    }

    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            parse(body.readAllBytes());
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, 0); // an empty ExportTraceServiceResponse
        }
    }

    private void parse(byte[] request) throws InvalidProtocolBufferException {
        for (ByteString resourceSpans : UnknownFieldSet.parseFrom(request).getField(1).getLengthDelimitedList()) {
            UnknownFieldSet rs = UnknownFieldSet.parseFrom(resourceSpans);
            String service = serviceName(rs);
            for (ByteString scopeSpans : rs.getField(2).getLengthDelimitedList()) {
                for (ByteString span : UnknownFieldSet.parseFrom(scopeSpans).getField(2).getLengthDelimitedList()) {
                    UnknownFieldSet s = UnknownFieldSet.parseFrom(span);
                    spans.add(new ReceivedSpan(service,
                            HexFormat.of().formatHex(s.getField(1).getLengthDelimitedList().get(0).toByteArray()),
                            s.getField(5).getLengthDelimitedList().get(0).toStringUtf8()));
                }
            }
        }
    }

    private static String serviceName(UnknownFieldSet resourceSpans) throws InvalidProtocolBufferException {
        for (ByteString resource : resourceSpans.getField(1).getLengthDelimitedList()) {
            for (ByteString attribute : UnknownFieldSet.parseFrom(resource).getField(1).getLengthDelimitedList()) {
                UnknownFieldSet keyValue = UnknownFieldSet.parseFrom(attribute);
                if (keyValue.getField(1).getLengthDelimitedList().get(0).toStringUtf8().equals("service.name")) {
                    return UnknownFieldSet.parseFrom(keyValue.getField(2).getLengthDelimitedList().get(0)).getField(1)
                            .getLengthDelimitedList().get(0).toStringUtf8();
                }
            }
        }
        return "";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
