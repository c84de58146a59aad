package io.zhuanhua.scripts.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.zhuanhua.kit.error.InvalidFieldException;
import io.zhuanhua.kit.grpc.Rpc;
import io.zhuanhua.proto.scripts.v1.ExportPlaybookRequest;
import io.zhuanhua.proto.scripts.v1.ExportPlaybookResponse;
import io.zhuanhua.proto.scripts.v1.ImportCounts;
import io.zhuanhua.proto.scripts.v1.ImportPlaybookRequest;
import io.zhuanhua.proto.scripts.v1.ImportPlaybookResponse;
import io.zhuanhua.proto.scripts.v1.PlaybookTransferService;
import io.zhuanhua.proto.scripts.v1.TransferFormat;
import io.zhuanhua.scripts.transfer.PlaybookTransfer;

@GrpcService
public class PlaybookTransferGrpcService implements PlaybookTransferService {
    private final PlaybookTransfer transfer;

    public PlaybookTransferGrpcService(PlaybookTransfer transfer) {
        this.transfer = transfer;
    }

    @Override
    @Blocking
    public Uni<ExportPlaybookResponse> exportPlaybook(ExportPlaybookRequest request) {
        return Rpc.call(() -> {
            requireYaml(request.getFormatValue());
            return ExportPlaybookResponse.newBuilder().setDocument(transfer.export(request.getShopId())).build();
        });
    }

    @Override
    @Blocking
    public Uni<ImportPlaybookResponse> importPlaybook(ImportPlaybookRequest request) {
        return Rpc.call(() -> {
            requireYaml(request.getFormatValue());
            PlaybookTransfer.Result result = transfer.importDocument(request.getShopId(), request.getDocument(),
                    request.getDryRun());
            return ImportPlaybookResponse.newBuilder().setScripts(counts(result.scripts()))
                    .setProducts(counts(result.products())).setPolicyChanged(result.policyChanged())
                    .setDryRun(result.dryRun()).build();
        });
    }

    private static void requireYaml(int format) {
        if (format != TransferFormat.TRANSFER_FORMAT_UNSPECIFIED_VALUE
                && format != TransferFormat.TRANSFER_FORMAT_YAML_VALUE) {
            throw new InvalidFieldException("format", "unknown format " + format);
        }
    }

    private static ImportCounts counts(PlaybookTransfer.Counts counts) {
        return ImportCounts.newBuilder().setCreated(counts.created()).setUpdated(counts.updated())
                .setDeleted(counts.deleted()).setUnchanged(counts.unchanged()).build();
    }
}
