import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>react-permutive-errors with Next.js</h1>
      <ul>
        <li>
          <Link href="/server-component?scenario=unauthorized">Server Component</Link>
        </li>
        <li>
          <Link href="/relay?scenario=unavailable">Route handler relay</Link>
        </li>
        <li>
          <Link href="/action">Server Action</Link>
        </li>
        <li>
          <Link href="/boundary">error.tsx</Link>
        </li>
        <li>
          <Link href="/navigation/cohorts">Reset on navigation</Link>
        </li>
        <li>
          <Link href="/themes">Themes</Link>
        </li>
      </ul>
    </>
  );
}
