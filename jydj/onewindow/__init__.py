"""一窗受理 integration, the outbound half: delivering the pushes of ``ycsl.ts`` to the platform."""
