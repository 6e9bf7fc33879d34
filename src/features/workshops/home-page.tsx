import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { lazyAfterFirstPaint } from '../../components/after-first-paint';
import { paths } from '../../config/paths';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { requestPersistentStorage } from '../../lib/storage';
import { useUiStore } from '../../stores/ui-store';
import { isSampleRequested, takeSampleRequest } from './first-home';
import { HomeContent, ListLoading } from './home-content';

// The list reads IndexedDB (Dexie): it follows the title and the two ways to start.
const WorkshopList = lazyAfterFirstPaint(
  () => import('./workshop-list').then((module) => module.WorkshopList),
  ListLoading,
);

export function HomePage() {
  const navigate = useNavigate();
  const reportError = useReportError();
  const language = useUiStore((state) => state.language);
  const [isCreatingSample, setCreatingSample] = useState(isSampleRequested);

  const openSample = async () => {
    // The sample texts load only when asked for.
    const { createSampleWorkshop } = await import('../../db/repositories/sample');
    const workshop = await createSampleWorkshop(language);
    // First save: ask the browser to keep the data under storage pressure.
    void requestPersistentStorage();
    await navigate(paths.phase(workshop.id, 'current'));
  };
  const tryOpenSample = () =>
    openSample().catch((error: unknown) => {
      reportError(error);
      setCreatingSample(false);
    });

  // "Open sample workshop" pressed on the first screen, before this page had loaded.
  useEffect(() => {
    if (takeSampleRequest()) void tryOpenSample();
  });

  return (
    <HomeContent
      list={<WorkshopList />}
      isOpeningSample={isCreatingSample}
      onOpenSample={() => {
        setCreatingSample(true);
        void tryOpenSample();
      }}
    />
  );
}
