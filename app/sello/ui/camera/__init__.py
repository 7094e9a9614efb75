"""Camera scanning: frames from a camera, a video file or still images become accepted codes.

    pipeline = ScanPipeline(window)
    pipeline.code_accepted.connect(window.verify_text)
    preview = CameraPreview(); preview.attach(pipeline)
    from sello.ui.camera.sources import CameraSource   # imports QtMultimedia
    CameraSource(pipeline, window).start()

Importing this package does not load QtMultimedia (the app starts without it);
`sello.ui.camera.sources` does.
"""

from sello.ui.camera.pipeline import PipelineStats, ScanPipeline
from sello.ui.camera.preview import CameraPreview

__all__ = ["CameraPreview", "PipelineStats", "ScanPipeline"]
